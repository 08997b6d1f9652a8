/**
 * Quotes with their speakers: spans from `quote-spans.ts`, speakers from `attribute-quotes.ts`,
 * stable ids from `quote-id.ts`. A quote's `text` is the words inside its marks. Scare quotes —
 * under four words and not attributed by a speech verb right next to them ("moving the goalposts",
 * "misplaced") — are not quotations.
 */
import { attributeQuotes } from './attribute-quotes.ts';
import { quoteIds } from './quote-id.ts';
import { findQuoteSpans } from './quote-spans.ts';
import type { Range } from './sentences.ts';
import type { PersonFinding, QuoteFinding } from './types.ts';

const MIN_WORDS = 4;

export interface QuoteContext {
  people: readonly PersonFinding[];
  sentences: readonly Range[];
  paragraphs: readonly Range[];
}

export function findQuotes(text: string, context: QuoteContext): QuoteFinding[] {
  const spans = findQuoteSpans(text, context.paragraphs);
  const credits = attributeQuotes(spans, { text, ...context });
  const kept = spans
    .map((span, i) => ({ span, credit: credits[i] ?? null }))
    .filter(({ span, credit }) => {
      const words = text.slice(span.open + 1, span.close).trim().split(/\s+/u).length;
      // Right next to its speech verb: `X said, "No."` or `"No," X said` (not `called it "a joke"`).
      const evidence = credit?.attribution.evidence;
      const direct =
        evidence !== undefined &&
        evidence !== null &&
        ((credit?.attribution.rule === 'said-before' && span.open - evidence.end <= 3) ||
          (credit?.attribution.rule === 'said-after' && evidence.start - span.close <= 4));
      return words >= MIN_WORDS || direct;
    });
  const ids = quoteIds(kept.map(({ span }) => text.slice(span.open + 1, span.close)));
  return kept.map(({ span, credit }, i) => ({
    id: ids[i]!,
    text: text.slice(span.open + 1, span.close),
    plainText: text.slice(span.open + 1, span.close).replace(/\s+/gu, ' ').trim(),
    start: span.open + 1,
    end: span.close,
    speaker: credit?.speaker ?? null,
    attribution: credit?.attribution ?? { rule: 'unattributed', evidence: null },
  }));
}
