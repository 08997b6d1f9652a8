/**
 * Editor corrections, written in an article's frontmatter under `corrections:`. They are applied
 * to the findings after detection, so an editor fixes a wrong annotation without touching code:
 *
 * ```yaml
 * corrections:
 *   speakers:                       # quote id → person id
 *     q-the-necessary-coordination-have-been-taken-1x2y3z4: qasim-al-araji
 *   remove:                         # false marks, by exact text (and kind), or a false quote by id
 *     - { text: Jordan, kind: country }
 *     - { quote: q-some-scare-quote-0abc123 }
 *   add:                            # missed marks, by exact text: every occurrence is marked
 *     - { text: the Iraqi prime minister, kind: person, entity: mustafa-al-kadhimi }
 * ```
 */
import { z } from 'zod';
import type { KnowledgeBase } from './knowledge-base.ts';
import type { AnnotationKind, DateFinding, Findings, Mention, PersonFinding } from './types.ts';

const entityKind = z.enum(['person', 'country', 'capital', 'organization', 'date'], {
  error: 'expected one of person, country, capital, organization, date',
});

export const correctionsSchema = z.object({
  speakers: z.record(z.string(), z.string().min(1, 'expected a person id')).default({}),
  remove: z
    .array(
      z.union(
        [
          z.strictObject({ text: z.string().min(1), kind: entityKind.optional() }),
          z.strictObject({ quote: z.string().min(1) }),
        ],
        { error: 'expected `{ text: …, kind: … }` for a mark or `{ quote: <quote id> }` for a quote' },
      ),
    )
    .default([]),
  add: z
    .array(
      z.strictObject({
        text: z.string().min(1),
        kind: entityKind,
        entity: z.string().min(1, 'expected the id, ISO country code or ISO date the text refers to'),
      }),
    )
    .default([]),
});

export type CorrectionsInput = z.input<typeof correctionsSchema>;
export type Corrections = z.output<typeof correctionsSchema>;

export class CorrectionError extends Error {
  override name = 'CorrectionError';
}

type EntityKind = Exclude<AnnotationKind, 'quote'>;

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

const editorMention = (text: string, start: number): Mention => ({
  text,
  start,
  end: start + text.length,
  via: 'name',
  source: 'editor',
});

/** The person for an id: already found in the article, else from the knowledge base. */
function personFor(findings: Findings, kb: KnowledgeBase, id: string, where: string): PersonFinding {
  const found = findings.people.find((p) => p.id === id);
  if (found) return found;
  const known = kb.people.find((p) => p.id === id);
  if (!known) {
    const ids = [...new Set([...findings.people.map((p) => p.id), ...kb.people.map((p) => p.id)])].sort();
    throw new CorrectionError(
      `${where}: no person "${id}". Use a person id from the article or the knowledge base: ${ids.join(', ') || '(none)'}; or add content/people/${id}.json`,
    );
  }
  const person: PersonFinding = { id, name: known.name, quoted: false, known: true, mentions: [] };
  findings.people.push(person);
  return person;
}

function applySpeakers(findings: Findings, corrections: Corrections, kb: KnowledgeBase) {
  const valid = findings.quotes.map((q) => q.id);
  for (const [quoteId, personId] of Object.entries(corrections.speakers)) {
    const quote = findings.quotes.find((q) => q.id === quoteId);
    if (!quote) {
      throw new CorrectionError(
        `corrections.speakers: no quote with id "${quoteId}" in this article. Valid quote ids: ${valid.join(', ') || '(the article has no quotes)'}`,
      );
    }
    personFor(findings, kb, personId, `corrections.speakers.${quoteId}`);
    quote.speaker = personId;
    quote.attribution = { rule: 'editor', evidence: null };
  }
}

function applyRemovals(findings: Findings, corrections: Corrections) {
  corrections.remove.forEach((entry, index) => {
    const where = `corrections.remove.${index}`;
    if ('quote' in entry) {
      const before = findings.quotes.length;
      findings.quotes = findings.quotes.filter((q) => q.id !== entry.quote);
      if (findings.quotes.length === before) {
        throw new CorrectionError(
          `${where}: no quote with id "${entry.quote}". Valid quote ids: ${findings.quotes.map((q) => q.id).join(', ') || '(none)'}`,
        );
      }
      return;
    }
    let removed = 0;
    const keep = (m: { text: string }) => (m.text === entry.text ? (removed++, false) : true);
    const of = (kind: EntityKind) => entry.kind === undefined || entry.kind === kind;
    for (const [kind, list] of [
      ['person', findings.people],
      ['country', findings.countries],
      ['capital', findings.capitals],
      ['organization', findings.organizations],
    ] as const) {
      if (of(kind)) for (const entity of list) entity.mentions = entity.mentions.filter(keep);
    }
    if (of('date')) findings.dates = findings.dates.filter(keep);
    if (removed === 0) {
      throw new CorrectionError(`${where}: no ${entry.kind ?? ''} mark with the text "${entry.text}" to remove; check the spelling or delete the correction`);
    }
  });
  findings.people = findings.people.filter((p) => p.mentions.length > 0 || findings.quotes.some((q) => q.speaker === p.id));
  findings.countries = findings.countries.filter((c) => c.mentions.length > 0);
  findings.capitals = findings.capitals.filter((c) => c.mentions.length > 0);
  findings.organizations = findings.organizations.filter((o) => o.mentions.length > 0);
}

function applyAdditions(findings: Findings, corrections: Corrections, text: string, kb: KnowledgeBase) {
  corrections.add.forEach((entry, index) => {
    const where = `corrections.add.${index}`;
    const starts = occurrences(text, entry.text);
    if (starts.length === 0) {
      throw new CorrectionError(`${where}: the text "${entry.text}" does not occur in the article body; copy it exactly, apostrophes included`);
    }
    const mentions = starts.map((start) => editorMention(entry.text, start));
    switch (entry.kind) {
      case 'person':
        personFor(findings, kb, entry.entity, where).mentions.push(...mentions);
        break;
      case 'organization': {
        let org = findings.organizations.find((o) => o.id === entry.entity);
        if (!org) {
          const known = kb.organizations.find((o) => o.id === entry.entity);
          org = { id: entry.entity, name: known?.name ?? entry.text, known: Boolean(known), mentions: [] };
          findings.organizations.push(org);
        }
        org.mentions.push(...mentions);
        break;
      }
      case 'country':
      case 'capital': {
        if (!/^[A-Z]{2}$/u.test(entry.entity)) {
          throw new CorrectionError(`${where}.entity: expected an ISO 3166-1 alpha-2 code such as IR, got "${entry.entity}"`);
        }
        // Country and capital findings share one shape: { code, name, mentions }.
        const list = entry.kind === 'country' ? findings.countries : findings.capitals;
        let place = list.find((c) => c.code === entry.entity && (entry.kind === 'country' || c.name === entry.text));
        if (!place) {
          place = { code: entry.entity, name: entry.text, mentions: [] };
          list.push(place);
        }
        place.mentions.push(...mentions);
        break;
      }
      case 'date': {
        const granularity = ({ 4: 'year', 7: 'month', 10: 'day' } as const)[entry.entity.length as 4 | 7 | 10];
        if (!granularity || !/^\d{4}(-\d{2}(-\d{2})?)?$/u.test(entry.entity)) {
          throw new CorrectionError(`${where}.entity: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${entry.entity}"`);
        }
        const dates: DateFinding[] = mentions.map((m) => ({
          text: m.text,
          start: m.start,
          end: m.end,
          value: entry.entity,
          granularity,
          stated: [],
          inferred: [],
        }));
        findings.dates.push(...dates);
        findings.dates.sort((a, b) => a.start - b.start);
        break;
      }
    }
  });
}

/**
 * Applies an article's corrections to its findings (in place, and returns them). Throws a
 * CorrectionError naming the correction and what to write instead when one does not fit the
 * article: a build must not publish a correction that silently did nothing.
 */
export function applyCorrections(findings: Findings, input: unknown, text: string, kb: KnowledgeBase): Findings {
  if (input === undefined || input === null) return findings;
  const parsed = correctionsSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  corrections.${issue.path.join('.')}: ${issue.message}`);
    throw new CorrectionError(`invalid corrections in the frontmatter:\n${lines.join('\n')}`);
  }
  const corrections = parsed.data;
  applyRemovals(findings, corrections);
  applyAdditions(findings, corrections, text, kb);
  applySpeakers(findings, corrections, kb);
  for (const person of findings.people) person.quoted = findings.quotes.some((q) => q.speaker === person.id);
  return findings;
}
