/**
 * The seed article against ../shared/seed/expected.json, the editor's list of what a correct
 * annotation finds: every person with every mention and descriptor, every country, capital,
 * organisation, date and quote with its speaker. Regions ("Kurdistan region") are not a kind of
 * mark yet and are left out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateText } from '../../../src/annotate/annotate-text.ts';
import { loadKnowledgeBase } from '../../../src/annotate/load-knowledge-base.ts';
import { findingSpans } from '../../support/finding-spans.ts';

interface Expected {
  people: { id: string; name: string; quoted: boolean; mentions: string[]; descriptors: string[] }[];
  countries: { code: string; mentions: string[] }[];
  capitals: { name: string; code: string; mentions: string[] }[];
  organizations: { id: string; mentions: string[] }[];
  dates: { text: string; value: string; occurrences: number }[];
  quotes: { starts: string; speaker: string }[];
}

const seed = readFileSync('../shared/seed/000_81a1af0e8a1049d7.txt', 'utf8');
const expected = JSON.parse(readFileSync('../shared/seed/expected.json', 'utf8')) as Expected;
const { findings, warnings } = annotateText(seed, { knowledgeBase: loadKnowledgeBase('content'), published: new Date('2021-04-12') });
const texts = (mentions: { text: string }[]) => new Set(mentions.map((m) => m.text));

describe('the seed article finds everything expected.json lists', () => {
  it('runs every detector without a warning', () => {
    expect(warnings).toEqual([]);
  });

  it.each(expected.people)('$name with every mention and descriptor', (person) => {
    const found = findings.people.find((p) => p.id === person.id);
    expect(found, `no person ${person.id}`).toBeDefined();
    expect(found!.quoted).toBe(person.quoted);
    const written = texts(found!.mentions);
    for (const mention of [...person.mentions, ...person.descriptors]) expect(written, `${person.id}: "${mention}"`).toContain(mention);
  });

  it.each(expected.countries)('country $code', (country) => {
    const found = findings.countries.find((c) => c.code === country.code);
    for (const mention of country.mentions) expect(texts(found?.mentions ?? [])).toContain(mention);
  });

  it.each(expected.capitals)('capital $name of $code', (capital) => {
    const found = findings.capitals.find((c) => c.name === capital.name);
    expect(found?.code).toBe(capital.code);
    for (const mention of capital.mentions) expect(texts(found?.mentions ?? [])).toContain(mention);
  });

  it.each(expected.organizations)('organisation $id', (org) => {
    const found = findings.organizations.find((o) => o.id === org.id);
    for (const mention of org.mentions) expect(texts(found?.mentions ?? [])).toContain(mention);
  });

  it.each(expected.dates)('date "$text" = $value, $occurrences time(s)', (date) => {
    const found = findings.dates.filter((d) => d.text === date.text && d.value === date.value);
    expect(found).toHaveLength(date.occurrences);
  });

  it('finds exactly the five quotes, each with its speaker', () => {
    expect(findings.quotes.map((q) => [q.text.replace(/^["“]/u, '').slice(0, 20), q.speaker])).toEqual(
      expected.quotes.map((q) => [q.starts.slice(0, 20), q.speaker]),
    );
  });

  it('gives every offset as an index into the body', () => {
    for (const span of findingSpans(findings)) expect(seed.slice(span.start, span.end)).toBe(span.text);
  });

  it('records how each quote was attributed, with evidence from the body (issue 7)', () => {
    const rules = findings.quotes.map((q) => [q.attribution.rule, q.attribution.evidence?.text]);
    expect(rules).toEqual([
      ['continuation', 'Iran’s top security official said'],
      ['saying', 'Shamkhani'],
      ['said-before', 'al-Araji said'],
      ['pronoun', 'He'],
      ['continuation', 'The Iraqi national security adviser also praised'],
    ]);
    for (const q of findings.quotes) {
      const evidence = q.attribution.evidence!;
      expect(seed.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it('says which parts of each date were stated and which inferred', () => {
    const monday = findings.dates.find((d) => d.text === 'Monday')!;
    expect(monday).toMatchObject({ granularity: 'day', stated: ['weekday'], inferred: ['year', 'month', 'day'] });
    const strike = findings.dates.find((d) => d.text === 'January 3, 2020')!;
    expect(strike).toMatchObject({ stated: ['year', 'month', 'day'], inferred: [] });
  });
});
