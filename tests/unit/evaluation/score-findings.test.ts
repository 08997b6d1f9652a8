import { describe, expect, it } from 'vitest';
import { rates, scoreFindings, type Gold } from '../../../src/evaluation/score-findings.ts';
import type { Findings, Mention } from '../../../src/annotate/types.ts';

const mention = (text: string, via: Mention['via'] = 'name'): Mention => ({ text, start: 0, end: text.length, via, source: 'rule' });

const gold: Gold = {
  people: [
    { id: 'hakan-demirel', name: 'Hakan Demirel', mentions: ['Hakan Demirel', 'Demirel'], descriptors: [] },
    { name: 'Samuel Banda', mentions: ['Samuel Banda|Dr. Samuel Banda'] },
  ],
  countries: [{ code: 'TR', mentions: ['Turkish', 'Turkey'] }],
  capitals: [{ code: 'TR', name: 'Ankara', mentions: ['ANKARA'] }],
  dates: [{ text: 'Thursday', value: '2024-03-14' }],
  quotes: [
    { starts: 'We have agreed', speaker: 'hakan-demirel' },
    { starts: 'We need vaccines', speaker: 'Samuel Banda' },
  ],
};

const empty: Findings = { people: [], countries: [], capitals: [], organizations: [], dates: [], quotes: [] };

describe('scoreFindings', () => {
  it('counts distinct mention strings per entity, accepting any listed variant', () => {
    const score = scoreFindings(
      {
        ...empty,
        people: [
          { id: 'hakan-demirel', name: 'Hakan Demirel', quoted: true, known: false, mentions: [mention('Hakan Demirel'), mention('Demirel', 'surname'), mention('Demirel', 'surname')] },
          { id: 'dr-samuel-banda', name: 'Dr. Samuel Banda', quoted: true, known: false, mentions: [mention('Dr. Samuel Banda')] },
          { id: 'black-sea', name: 'Black Sea', quoted: false, known: false, mentions: [mention('Black Sea')] },
        ],
      },
      gold,
    );
    expect(score.kinds.people).toMatchObject({ truePositives: 3, falsePositives: 1, falseNegatives: 0 });
    expect(score.kinds.people.errors).toEqual(['extra "Black Sea" (unknown person Black Sea)']);
  });

  it('scores a country mention under the wrong code as both extra and missed', () => {
    const score = scoreFindings(
      { ...empty, countries: [{ code: 'TR', name: 'Turkey', mentions: [mention('Turkey')] }, { code: 'GE', name: 'Georgia', mentions: [mention('Turkish')] }] },
      gold,
    );
    expect(score.kinds.countries).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
  });

  it('matches dates by text and value, quotes by their first words, and checks speakers', () => {
    const score = scoreFindings(
      {
        ...empty,
        people: [{ id: 'hakan-demirel', name: 'Hakan Demirel', quoted: true, known: false, mentions: [mention('Hakan Demirel')] }],
        dates: [
          { text: 'Thursday', start: 0, end: 8, value: '2024-03-21', granularity: 'day', stated: ['weekday'], inferred: ['day', 'month', 'year'] },
        ],
        quotes: [
          { id: 'q-1', text: 'We have agreed on it', plainText: 'We have agreed on it', start: 0, end: 20, speaker: 'hakan-demirel', attribution: { rule: 'said-after', evidence: null } },
          { id: 'q-2', text: 'We need vaccines now', plainText: 'We need vaccines now', start: 30, end: 50, speaker: 'hakan-demirel', attribution: { rule: 'said-after', evidence: null } },
          { id: 'q-3', text: 'misplaced', plainText: 'misplaced', start: 60, end: 69, speaker: null, attribution: { rule: 'unattributed', evidence: null } },
        ],
      },
      gold,
    );
    expect(score.kinds.dates).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(score.kinds.quotes).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 0 });
    expect(score.speakers).toMatchObject({ correct: 1, total: 2 });
    expect(score.speakers.errors[0]).toContain('credited to Hakan Demirel, not Samuel Banda');
  });

  it('computes precision, recall and F1, with 1 for nothing to find', () => {
    expect(rates({ truePositives: 3, falsePositives: 1, falseNegatives: 3 })).toEqual({ precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(rates({ truePositives: 0, falsePositives: 0, falseNegatives: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
