/**
 * Stable quote ids: derived only from the quote's own words, so adding, removing or editing other
 * paragraphs never changes an existing quote's id. A readable slug of the first words plus a short
 * hash of the normalised text (FNV-1a, 32 bits, base 36).
 */

const SLUG_WORDS = 6;

/** Case, quote marks, apostrophe style and white space do not change a quote's id. */
export function normaliseQuoteText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02BC]/gu, "'")
    .replace(/[\u201C\u201D\u00AB\u00BB"]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function slugOfFirstWords(normalised: string): string {
  const words = normalised
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, SLUG_WORDS);
  return words.join('-') || 'quote';
}

export function quoteId(text: string): string {
  const normalised = normaliseQuoteText(text);
  const hash = fnv1a(normalised).toString(36).padStart(7, '0');
  return `q-${slugOfFirstWords(normalised)}-${hash}`;
}

/**
 * Ids for the quotes of one article, in text order. The same words quoted twice get the same
 * base id; later repeats take `-2`, `-3`… in order of appearance, which is deterministic.
 */
export function quoteIds(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const id = quoteId(text);
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}
