import { describe, expect, it } from 'vitest';
import { quoteIds } from '../../../src/annotate/quote-id.ts';
import { lockEntries, reanchorQuotes, similarity, QuoteLockError } from '../../../src/annotate/quote-lock.ts';
import type { QuoteFinding } from '../../../src/annotate/types.ts';

/** Quotes of a body as the detector would report them: the words inside “…”. */
function quotesOf(body: string): QuoteFinding[] {
  const spans = [...body.matchAll(/“([^”]+)”/gu)].map((m) => ({ text: m[1]!, start: m.index! + 1, end: m.index! + 1 + m[1]!.length }));
  const ids = quoteIds(spans.map((s) => s.text));
  return spans.map((span, i) => ({ ...span, plainText: span.text, id: ids[i]!, speaker: null, attribution: { rule: 'unattributed', evidence: null } }));
}

const original =
  'She said: “The necessary coordination have been taken with the officials.” Later he added: “We expect more from the government.”';

describe('re-anchoring locked quote ids', () => {
  const locked = lockEntries(quotesOf(original), original);

  it('keeps every id when nothing changed', () => {
    expect(reanchorQuotes('a.md', locked, quotesOf(original), original).size).toBe(0);
  });

  it('maps the old id of a quote whose typo was fixed to its new id', () => {
    const edited = original.replace('coordination have been', 'coordination has been');
    const quotes = quotesOf(edited);
    const aliases = reanchorQuotes('a.md', locked, quotes, edited);
    expect(quotes[0]!.id).not.toBe(locked[0]!.id);
    expect([...aliases]).toEqual([[locked[0]!.id, quotes[0]!.id]]);
  });

  it('picks the quote in the same context when two edited quotes are alike', () => {
    const body = 'A: “We expect more.” B: “We expect much more from the government.”';
    const lockedHere = lockEntries(quotesOf(body), body);
    const edited = 'A: “We expect more!” B: “We expect much more from the government!”';
    const quotes = quotesOf(edited);
    const aliases = reanchorQuotes('a.md', lockedHere, quotes, edited);
    expect(aliases.get(lockedHere[0]!.id)).toBe(quotes[0]!.id);
    expect(aliases.get(lockedHere[1]!.id)).toBe(quotes[1]!.id);
  });

  it('fails with the article, the quote and how to accept the removal when a quote is deleted', () => {
    const deleted = 'She said nothing. Later he added: “We expect more from the government.”';
    expect(() => reanchorQuotes('content/articles/a.md', locked, quotesOf(deleted), deleted)).toThrow(QuoteLockError);
    expect(() => reanchorQuotes('content/articles/a.md', locked, quotesOf(deleted), deleted)).toThrow(
      /content\/articles\/a\.md: a quote that was published is no longer in the article[\s\S]*The necessary coordination[\s\S]*npm run quotes:lock/u,
    );
  });

  it('does not re-anchor to a quote that merely shares its context', () => {
    const replaced = original.replace('The necessary coordination have been taken with the officials.', 'Completely different words now.');
    expect(() => reanchorQuotes('a.md', locked, quotesOf(replaced), replaced)).toThrow(/no quote resembles it/u);
  });
});

describe('similarity', () => {
  it('is 1 for equal texts, high after a typo fix and low for different texts', () => {
    expect(similarity('abc def', 'abc def')).toBe(1);
    expect(similarity('coordination have been taken', 'coordination has been taken')).toBeGreaterThan(0.85);
    expect(similarity('coordination have been taken', 'we expect more')).toBeLessThan(0.3);
  });
});
