import { describe, expect, it } from 'vitest';
import { explainAttribution, explainDate, explainPerson, formatFullDate } from '../../../src/provenance/explain-finding.ts';
import type { Mention, PersonFinding, QuoteFinding } from '../../../src/annotate/types.ts';

const body =
  'Pointing to the actions, al-Araji said, "The coordination have been taken.” He also said the government is committed, adding that “measures are being taken.”';

const at = (text: string, from = 0) => {
  const start = body.indexOf(text, from);
  return { text, start, end: start + text.length };
};
const mention = (text: string, via: Mention['via'], source: Mention['source'] = 'knowledge-base'): Mention => ({ ...at(text), via, source });

const araji: PersonFinding = {
  id: 'qasim-al-araji',
  name: 'Qasim al-Araji',
  quoted: true,
  known: true,
  mentions: [mention('al-Araji', 'surname')],
};

const quote = (text: string, attribution: QuoteFinding['attribution'], speaker: string | null = araji.id): QuoteFinding => ({
  ...at(text),
  plainText: text,
  id: 'q-x',
  speaker,
  attribution,
});

describe('explainAttribution', () => {
  it('names the pronoun, its sentence and the person it refers to', () => {
    const q = quote('measures are being taken.', { rule: 'pronoun', evidence: at('He') });
    expect(explainAttribution(q, [araji], body)).toBe(
      'Said by Qasim al-Araji — ‘He’ in ‘He also said…’ refers to al-Araji, named in the previous sentence.',
    );
  });

  it('quotes the evidence for a direct attribution', () => {
    const q = quote('The coordination have been taken.', { rule: 'said-before', evidence: at('al-Araji said') });
    expect(explainAttribution(q, [araji], body)).toBe('Said by Qasim al-Araji — the text says “al-Araji said”.');
  });

  it('says when an editor set the speaker, and when nobody could be credited', () => {
    expect(explainAttribution(quote('measures are being taken.', { rule: 'editor', evidence: null }), [araji], body)).toBe(
      'Said by Qasim al-Araji. Reviewed by an editor.',
    );
    expect(explainAttribution(quote('measures are being taken.', { rule: 'unattributed', evidence: null }, null), [araji], body)).toMatch(
      /^No speaker found/u,
    );
  });
});

describe('explainDate', () => {
  it('separates what the text states from what the article’s date supplies', () => {
    expect(
      explainDate({ ...at('He'), text: 'Monday', value: '2021-04-12', granularity: 'day', stated: ['weekday'], inferred: ['day', 'month', 'year'] }),
    ).toBe('Monday → Monday, April 12, 2021 (the weekday is stated; the day, month and year are inferred from the article’s date)');
  });

  it('says a fully written date is stated in the text', () => {
    expect(
      explainDate({ ...at('He'), text: 'January 3, 2020', value: '2020-01-03', granularity: 'day', stated: ['day', 'month', 'year'], inferred: [] }),
    ).toBe('January 3, 2020 → Friday, January 3, 2020 (stated in the text)');
  });

  it('formats months and years at their own granularity', () => {
    expect(formatFullDate('2023-07')).toBe('July 2023');
    expect(formatFullDate('2019')).toBe('2019');
  });
});

describe('explainPerson', () => {
  it('tells reviewed knowledge from automatic findings and editor additions', () => {
    expect(explainPerson(araji)).toMatch(/knowledge base/u);
    expect(explainPerson({ ...araji, known: false, mentions: [mention('al-Araji', 'name', 'nlp')] })).toBe('Found automatically, not reviewed.');
    expect(explainPerson({ ...araji, known: false, mentions: [mention('al-Araji', 'name', 'editor')] })).toBe('Reviewed by an editor.');
  });
});
