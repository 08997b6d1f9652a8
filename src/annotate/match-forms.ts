/**
 * Finds every occurrence of a set of surface forms ("Iran", "Iraq's national security adviser",
 * "U.S.") in a text with one compiled regular expression: longest form first, whole words only,
 * apostrophes ' and ’ interchangeable, an optional possessive ('s / ’s) kept in the match.
 */
import type { Span } from './types.ts';

export interface FormMatch<T> extends Span {
  /** The entry the matched form belongs to. */
  entry: T;
  /** The form as listed (not as written in the text). */
  form: string;
}

export interface FormMatcherOptions {
  /** Also match the form with its first letter in the other case ("The Iraqi…" / "the Iraqi…"). */
  foldFirstLetter?: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** ' and ’ compare equal; so do "al-" and "Al-" inside a name. */
export const foldForm = (text: string) => text.replace(/’/gu, "'").toLowerCase();

function pattern(form: string, foldFirst: boolean): string {
  let source = escape(form).replace(/['’]/gu, "['’]").replace(/\b([Aa])l-/gu, '[Aa]l-');
  if (foldFirst && /^\p{L}/u.test(form)) {
    const first = form[0]!;
    source = `[${first.toLowerCase()}${first.toUpperCase()}]${source.slice(1)}`;
  }
  return source;
}

export class FormMatcher<T> {
  readonly #regex: RegExp | undefined;
  readonly #entries = new Map<string, { entry: T; form: string }>();

  constructor(forms: Iterable<[form: string, entry: T]>, options: FormMatcherOptions = {}) {
    const patterns: string[] = [];
    for (const [form, entry] of forms) {
      const key = foldForm(form);
      if (!form.trim() || this.#entries.has(key)) continue;
      this.#entries.set(key, { entry, form });
      patterns.push(form);
    }
    patterns.sort((a, b) => b.length - a.length);
    this.#regex = patterns.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${patterns.map((f) => pattern(f, options.foldFirstLetter ?? false)).join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`,
          'gu',
        )
      : undefined;
  }

  *matches(text: string): Generator<FormMatch<T>> {
    if (!this.#regex) return;
    for (const match of text.matchAll(this.#regex)) {
      const written = match[0];
      const start = match.index;
      const found = this.#entries.get(foldForm(written)) ?? this.#entries.get(foldForm(written.replace(/['’]s$/u, '')));
      if (!found) continue;
      yield { text: written, start, end: start + written.length, ...found };
    }
  }
}

/** The form without a possessive ending: "Iran’s" → "Iran". */
export const withoutPossessive = (text: string) => text.replace(/['’]s$/u, '');
