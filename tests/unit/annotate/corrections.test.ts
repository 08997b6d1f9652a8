import { describe, expect, it } from 'vitest';
import { applyCorrections, CorrectionError } from '../../../src/annotate/corrections';
import type { KnowledgeBase } from '../../../src/annotate/knowledge-base';
import type { Findings } from '../../../src/annotate/types';

const text = 'Jordan said, “We will not move.” The minister added that “talks go on.” Jordan met the minister.';

const kb: KnowledgeBase = {
  people: [
    {
      id: 'jordan-ruler',
      name: 'Jordan Ruler',
      aliases: [],
      descriptors: [],
      roles: [],
      summary: 'A fictional minister.',
      sources: [{ name: 'Example', url: 'https://example.org/' }],
    },
  ],
  organizations: [],
};

const at = (needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  return { text: needle, start, end: start + needle.length };
};

function findings(): Findings {
  return {
    people: [],
    countries: [
      {
        code: 'JO',
        name: 'Jordan',
        mentions: [
          { ...at('Jordan'), via: 'name', source: 'rule' },
          { ...at('Jordan', 10), via: 'name', source: 'rule' },
        ],
      },
    ],
    capitals: [],
    organizations: [],
    dates: [],
    quotes: [
      { ...at('We will not move.'), plainText: 'We will not move.', id: 'q-we-will-not-move-0000001', speaker: null, attribution: { rule: 'unattributed', evidence: null } },
      { ...at('talks go on.'), plainText: 'talks go on.', id: 'q-talks-go-on-0000002', speaker: null, attribution: { rule: 'unattributed', evidence: null } },
    ],
  };
}

describe('editor corrections', () => {
  it('leave the findings alone when there are none', () => {
    expect(applyCorrections(findings(), undefined, text, kb)).toEqual(findings());
  });

  it('override a speaker by quote id, with rule editor', () => {
    const result = applyCorrections(findings(), { speakers: { 'q-we-will-not-move-0000001': 'jordan-ruler' } }, text, kb);
    expect(result.quotes[0]).toMatchObject({ speaker: 'jordan-ruler', attribution: { rule: 'editor', evidence: null } });
    expect(result.people).toEqual([
      { id: 'jordan-ruler', name: 'Jordan Ruler', quoted: true, known: true, mentions: [] },
    ]);
  });

  it('reject an unknown quote id, listing the valid ids', () => {
    expect(() => applyCorrections(findings(), { speakers: { 'q-nope': 'jordan-ruler' } }, text, kb)).toThrow(
      /corrections\.speakers: no quote with id "q-nope".*Valid quote ids: q-we-will-not-move-0000001, q-talks-go-on-0000002/u,
    );
  });

  it('reject an unknown person id, listing the known ids', () => {
    expect(() => applyCorrections(findings(), { speakers: { 'q-talks-go-on-0000002': 'nobody' } }, text, kb)).toThrow(
      /no person "nobody".*jordan-ruler/u,
    );
  });

  it('drop false marks by text and kind, and a false quote by id', () => {
    const result = applyCorrections(
      findings(),
      { remove: [{ text: 'Jordan', kind: 'country' }, { quote: 'q-talks-go-on-0000002' }] },
      text,
      kb,
    );
    expect(result.countries).toEqual([]);
    expect(result.quotes.map((q) => q.id)).toEqual(['q-we-will-not-move-0000001']);
  });

  it('refuse a removal that matches nothing, so stale corrections do not linger', () => {
    expect(() => applyCorrections(findings(), { remove: [{ text: 'Jordon' }] }, text, kb)).toThrow(CorrectionError);
  });

  it('add a missed mark at every occurrence of the exact text (case included), marked as the editor’s', () => {
    const result = applyCorrections(
      findings(),
      { add: [{ text: 'minister', kind: 'person', entity: 'jordan-ruler' }] },
      text,
      kb,
    );
    const person = result.people.find((p) => p.id === 'jordan-ruler');
    expect(person?.mentions.map((m) => [m.start, m.source])).toEqual([
      [text.indexOf('minister'), 'editor'],
      [text.lastIndexOf('minister'), 'editor'],
    ]);
    for (const m of person!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('add dates with their granularity and check the ISO value', () => {
    const result = applyCorrections(findings(), { add: [{ text: 'Jordan met', kind: 'date', entity: '2021-04' }] }, text, kb);
    expect(result.dates).toMatchObject([{ value: '2021-04', granularity: 'month', text: 'Jordan met' }]);
    expect(() => applyCorrections(findings(), { add: [{ text: 'Jordan met', kind: 'date', entity: 'April' }] }, text, kb)).toThrow(
      /expected an ISO date/u,
    );
  });

  it('name the field of a malformed correction', () => {
    expect(() => applyCorrections(findings(), { add: [{ text: 'x', kind: 'planet', entity: 'y' }] }, text, kb)).toThrow(
      /corrections\.add\.0\.kind: expected one of person, country, capital, organization, date/u,
    );
    expect(() => applyCorrections(findings(), { add: [{ text: 'not in the text', kind: 'person', entity: 'jordan-ruler' }] }, text, kb)).toThrow(
      /does not occur in the article body/u,
    );
  });
});
