import { expect, it } from 'vitest';
import { formatReview } from '../../../src/annotate/review-table';
import type { Findings } from '../../../src/annotate/types';

const findings: Findings = {
  people: [
    {
      id: 'ann-lee',
      name: 'Ann Lee',
      quoted: true,
      known: false,
      mentions: [{ text: 'Ann Lee', start: 0, end: 7, via: 'name', source: 'nlp' }],
    },
  ],
  countries: [{ code: 'FR', name: 'France', mentions: [{ text: 'France', start: 30, end: 36, via: 'name', source: 'rule' }] }],
  capitals: [],
  organizations: [],
  dates: [{ text: 'Monday', start: 20, end: 26, value: '2021-04-12', granularity: 'day', stated: ['weekday'], inferred: ['year', 'month', 'day'] }],
  quotes: [
    {
      id: 'q-we-stay-abc1234',
      text: 'We stay.',
      plainText: 'We stay.',
      start: 40,
      end: 48,
      speaker: 'ann-lee',
      attribution: { rule: 'said-before', evidence: { text: 'Ann Lee said', start: 0, end: 12 } },
    },
  ],
};

it('lists every finding in text order with how it was found', () => {
  const table = formatReview(findings).split('\n');
  expect(table[0]).toMatch(/^at\s+kind\s+text\s+entity\s+how it was found$/u);
  const kinds = table.slice(2, 6).map((row) => row.split(/\s{2,}/u)[1]);
  expect(kinds).toEqual(['person', 'date', 'country', 'quote']);
  expect(table[2]).toContain('name · nlp · not in knowledge base');
  expect(table[3]).toContain("day: stated weekday; inferred year+month+day from the article's date");
  expect(table[5]).toContain('q-we-stay-abc1234 → ann-lee');
  expect(table[5]).toContain('said-before ← “Ann Lee said” @0');
  expect(table.at(-1)).toBe('4 findings: 1 people, 1 countries, 0 capitals, 0 organisations, 1 dates, 1 quotes');
});

it('clips long texts to keep one row per line', () => {
  const long = { ...findings, quotes: [{ ...findings.quotes[0]!, text: 'word '.repeat(40) }] };
  const row = formatReview(long, 20).split('\n').find((r) => r.includes('quote'))!;
  expect(row).toContain('word word word word…');
});
