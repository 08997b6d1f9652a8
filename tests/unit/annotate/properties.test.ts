/**
 * Properties over random Markdown: the annotator never throws and never changes the text, and
 * every offset it reports points at its own text. Also a 1 MB article.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/annotate/annotate-text.ts';
import { annotateMarkdown, plainText } from '../../support/annotate-markdown.ts';
import { findingSpans } from '../../support/finding-spans.ts';

// Pieces that exercise every detector and every Markdown construct the body may hold.
const pieces = [
  'Iran', 'Iraq’s', "U.S.", 'Americans', 'TEHRAN —', 'Tehran-Baghdad', 'Georgia Tech', 'us', 'SA/PA',
  'Ali Shamkhani', 'al-Araji said', 'He also said', 'Karīm al-Ḥaddād', 'President Maria Delgado', ', saying,',
  'on Monday', 'last year', 'in 2019', 'January 3, 2020', 'for two days', 'at 3 pm',
  '“', '”', '"', '‘', '’', '«', '»', "'", ',', '.', ' ', ' ', ' ', '\n', '\n\n', '*', '_', '**', '`', '[', '](https://example.org/)',
  '\\', '&amp;', '<b>', '</b>', '> ', '- ', '# ', '1. ', '|', 'word', 'quote marks', 'said', 'adding that',
];
const markdown = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));

describe('on random Markdown', () => {
  it('never throws and never changes the page text', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, async (input) => {
        const annotated = await annotateMarkdown(input, { linkFor: () => '/x/' }, '2021-04-12');
        expect(annotated.text).toBe(await plainText(input));
      }),
      { numRuns: 300 },
    );
  });

  it('reports offsets that point at the text they name', () => {
    fc.assert(
      fc.property(markdown, (input) => {
        const { findings } = annotateText(input, { published: new Date('2021-04-12') });
        for (const span of findingSpans(findings)) expect(input.slice(span.start, span.end)).toBe(span.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a 1 MB article', () => {
  it('is annotated in a few seconds, text unchanged', async () => {
    const body = ['grain-corridor', 'cholera-briefing', 'gas-deal', 'labor-rules']
      .map((name) => readFileSync(`tests/fixtures/evaluation/${name}.md`, 'utf8').split('---\n')[2]!)
      .join('\n\n');
    const big = Array.from({ length: Math.ceil(1_000_000 / body.length) }, () => body).join('\n\n');
    expect(big.length).toBeGreaterThanOrEqual(1_000_000);
    const started = performance.now();
    const result = await annotateMarkdown(big, {}, '2024-03-15');
    const seconds = (performance.now() - started) / 1000;
    expect(result.findings.quotes.length).toBeGreaterThan(1000);
    expect(result.text).toBe(await plainText(big));
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});
