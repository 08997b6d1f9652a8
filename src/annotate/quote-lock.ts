/**
 * Links that never break. `content/quotes.lock.json` (written by `npm run quotes:lock`) records
 * every quote id that has been published, with the quote's words and a little context. When an
 * editor later fixes a typo inside a quote, its id (a hash of its words) changes; at build time
 * each locked id that is no longer produced is re-anchored to the new quote it most resembles, the
 * way Hypothesis re-anchors annotations (quote text first, prefix and suffix to break ties), and
 * kept working as an alias. A locked quote that resembles nothing is an error: removing a quote
 * that readers may have shared must be accepted explicitly by re-running `npm run quotes:lock`.
 */
import { z } from 'zod';
import { normaliseQuoteText } from './quote-id.ts';
import type { QuoteFinding } from './types.ts';

/** Characters of context kept on each side of a quote, as Hypothesis's TextQuoteSelector does. */
export const CONTEXT_LENGTH = 32;

export const lockedQuoteSchema = z.object({
  id: z.string().regex(/^q-[a-z0-9-]+$/u, 'expected a quote id such as q-there-is-credible-information-1x2y3z4'),
  text: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

export const quoteLockSchema = z.object({
  /** Article id (its file name without `.md`) → the quotes it has published. */
  articles: z.record(z.string(), z.array(lockedQuoteSchema)),
});

export type LockedQuote = z.output<typeof lockedQuoteSchema>;
export type QuoteLock = z.output<typeof quoteLockSchema>;

export class QuoteLockError extends Error {
  override name = 'QuoteLockError';
}

/** The lock entries for one article's quotes, in text order. */
export function lockEntries(quotes: readonly QuoteFinding[], body: string): LockedQuote[] {
  return quotes.map((quote) => ({
    id: quote.id,
    text: quote.text,
    prefix: body.slice(Math.max(0, quote.start - CONTEXT_LENGTH), quote.start),
    suffix: body.slice(quote.end, quote.end + CONTEXT_LENGTH),
  }));
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice coefficient over character bigrams: 1 for equal texts, near 1 after a typo fix. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const [pair, count] of x) shared += Math.min(count, y.get(pair) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** A re-anchored quote must keep most of its words; context alone never decides. */
export const MIN_TEXT_SIMILARITY = 0.6;

const contextOf = (text: string) => normaliseQuoteText(text);

/**
 * Maps each locked id that the article no longer produces to the id of the quote it became.
 * Candidates are the article's quotes whose ids are not in the lock (new or edited quotes).
 * Throws a QuoteLockError naming the article and every quote that resembles nothing.
 */
export function reanchorQuotes(
  article: string,
  locked: readonly LockedQuote[],
  quotes: readonly QuoteFinding[],
  body: string,
): Map<string, string> {
  const current = new Set(quotes.map((quote) => quote.id));
  const lockedIds = new Set(locked.map((entry) => entry.id));
  const candidates = lockEntries(
    quotes.filter((quote) => !lockedIds.has(quote.id)),
    body,
  );
  const aliases = new Map<string, string>();
  const lost: LockedQuote[] = [];
  for (const entry of locked.filter((e) => !current.has(e.id))) {
    let best: { id: string; score: number } | undefined;
    for (const candidate of candidates) {
      const text = similarity(normaliseQuoteText(entry.text), normaliseQuoteText(candidate.text));
      if (text < MIN_TEXT_SIMILARITY) continue;
      const context =
        (similarity(contextOf(entry.prefix), contextOf(candidate.prefix)) +
          similarity(contextOf(entry.suffix), contextOf(candidate.suffix))) /
        2;
      const score = 0.8 * text + 0.2 * context;
      if (!best || score > best.score) best = { id: candidate.id, score };
    }
    if (best) aliases.set(entry.id, best.id);
    else lost.push(entry);
  }
  if (lost.length > 0) {
    const list = lost.map((entry) => `  ${entry.id}: “${entry.text.slice(0, 60)}${entry.text.length > 60 ? '…' : ''}”`);
    throw new QuoteLockError(
      `${article}: ${lost.length === 1 ? 'a quote that was published is' : `${lost.length} quotes that were published are`} ` +
        `no longer in the article and no quote resembles ${lost.length === 1 ? 'it' : 'them'}, so links readers shared would break:\n` +
        `${list.join('\n')}\n` +
        'If you removed them on purpose, run `npm run quotes:lock` to accept the removal and commit content/quotes.lock.json.',
    );
  }
  return aliases;
}
