/**
 * Scores the annotator's findings against a hand-written gold file, for the precision and recall
 * figures we report (`npm run evaluate`). The gold format is the one of `../shared/seed/expected.json`
 * (people with mentions and descriptors, countries, capitals, organisations, dates, quotes by their
 * first words), so the seed and our own fixtures are scored the same way.
 *
 * Scoring is by distinct mention strings per entity ("Fidan" found once or five times counts once),
 * because that is what a gold file written by hand can state without offsets. A gold string may
 * list accepted variants separated by `|` ("Samuel Banda|Dr. Samuel Banda").
 */
import type { Findings, PersonFinding } from '../annotate/types.ts';

export interface GoldPerson {
  id?: string;
  name: string;
  quoted?: boolean;
  mentions: string[];
  descriptors?: string[];
}

export interface Gold {
  people: GoldPerson[];
  countries: { code: string; mentions: string[] }[];
  capitals: { code: string; name: string; mentions: string[] }[];
  organizations?: { id: string; mentions: string[] }[];
  dates: { text: string; value: string }[];
  /** `speaker` is a person's id or name; null for a quote nobody can be credited with. */
  quotes: { starts: string; speaker: string | null }[];
}

export type ScoredKind = 'people' | 'countries' | 'capitals' | 'organizations' | 'dates' | 'quotes';

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** What was missed or wrongly found, for reading, e.g. `missed Ankara (TR)`. */
  errors: string[];
}

export interface Score {
  kinds: Record<ScoredKind, Tally>;
  /** Quotes found in the gold whose speaker was right, over quotes found. */
  speakers: { correct: number; total: number; errors: string[] };
}

const emptyTally = (): Tally => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, errors: [] });

/** Quote marks and apostrophes vary between gold files and text; compare without them. */
const fold = (text: string) => text.replace(/[’‘]/gu, "'").replace(/[“”«»]/gu, '"').trim();

/**
 * Matches predicted (entity, text) pairs against gold (entity, variants) groups: a predicted pair
 * matching any variant of a gold group of the same entity is a true positive; each group matches once.
 */
function tallyPairs(
  predicted: { entity: string; text: string }[],
  gold: { entity: string; variants: string[] }[],
  label: (entity: string) => string,
): Tally {
  const tally = emptyTally();
  // Gold files list apostrophe variants apart ("Iran’s", "Iran's"); folded, they are one group.
  const groups: { entity: string; variants: string[]; used: boolean }[] = [];
  for (const group of gold) {
    const variants = group.variants.map(fold);
    const same = groups.find((g) => g.entity === group.entity && g.variants.join('|') === variants.join('|'));
    if (!same) groups.push({ entity: group.entity, variants, used: false });
  }
  const seen = new Set<string>();
  for (const pair of predicted) {
    const key = `${pair.entity}\u0000${fold(pair.text)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const group = groups.find((g) => g.entity === pair.entity && g.variants.includes(fold(pair.text)));
    if (!group) {
      tally.falsePositives += 1;
      tally.errors.push(`extra "${pair.text}" (${label(pair.entity)})`);
    } else if (!group.used) {
      group.used = true;
      tally.truePositives += 1;
    }
  }
  for (const group of groups.filter((g) => !g.used)) {
    tally.falseNegatives += 1;
    tally.errors.push(`missed "${group.variants.join('" or "')}" (${label(group.entity)})`);
  }
  return tally;
}

const variants = (text: string) => text.split('|');

/** The gold person a predicted person stands for: same id, same name, or sharing a named mention. */
function goldPersonFor(person: PersonFinding, gold: GoldPerson[]): GoldPerson | undefined {
  const named = person.mentions.filter((m) => m.via !== 'descriptor').map((m) => fold(m.text));
  return gold.find(
    (g) =>
      g.id === person.id ||
      fold(g.name) === fold(person.name) ||
      g.mentions.flatMap(variants).some((v) => named.includes(fold(v))),
  );
}

export function scoreFindings(findings: Findings, gold: Gold): Score {
  const personKey = new Map(findings.people.map((p) => [p.id, goldPersonFor(p, gold.people)?.name ?? `?${p.name}`]));
  const people = tallyPairs(
    findings.people.flatMap((p) => p.mentions.map((m) => ({ entity: personKey.get(p.id)!, text: m.text }))),
    gold.people.flatMap((g) =>
      [...g.mentions, ...(g.descriptors ?? [])].map((m) => ({ entity: g.name, variants: variants(m) })),
    ),
    (entity) => (entity.startsWith('?') ? `unknown person ${entity.slice(1)}` : entity),
  );

  const countries = tallyPairs(
    findings.countries.flatMap((c) => c.mentions.map((m) => ({ entity: c.code, text: m.text }))),
    gold.countries.flatMap((c) => c.mentions.map((m) => ({ entity: c.code, variants: variants(m) }))),
    (code) => code,
  );
  const capitals = tallyPairs(
    findings.capitals.flatMap((c) => c.mentions.map((m) => ({ entity: `${c.name} (${c.code})`, text: m.text }))),
    gold.capitals.flatMap((c) => c.mentions.map((m) => ({ entity: `${c.name} (${c.code})`, variants: variants(m) }))),
    (entity) => entity,
  );
  const organizations = gold.organizations
    ? tallyPairs(
        findings.organizations.flatMap((o) => o.mentions.map((m) => ({ entity: o.id, text: m.text }))),
        gold.organizations.flatMap((o) => o.mentions.map((m) => ({ entity: o.id, variants: variants(m) }))),
        (id) => id,
      )
    : emptyTally();
  const dates = tallyPairs(
    findings.dates.map((d) => ({ entity: d.value, text: d.text })),
    gold.dates.map((d) => ({ entity: d.value, variants: variants(d.text) })),
    (value) => value,
  );

  const quotes = emptyTally();
  const speakers = { correct: 0, total: 0, errors: [] as string[] };
  const matched = new Set<string>();
  for (const expected of gold.quotes) {
    const found = findings.quotes.find((q) => fold(q.text).replace(/^["']/u, '').startsWith(fold(expected.starts)));
    if (!found) {
      quotes.falseNegatives += 1;
      quotes.errors.push(`missed quote "${expected.starts}…"`);
      continue;
    }
    matched.add(found.id);
    quotes.truePositives += 1;
    speakers.total += 1;
    const credited = findings.people.find((p) => p.id === found.speaker);
    const goldSpeaker = gold.people.find((g) => g.id === expected.speaker || g.name === expected.speaker);
    const right =
      expected.speaker === null
        ? found.speaker === null
        : credited !== undefined && personKey.get(credited.id) === (goldSpeaker?.name ?? expected.speaker);
    if (right) speakers.correct += 1;
    else speakers.errors.push(`"${expected.starts}…" credited to ${credited?.name ?? 'nobody'}, not ${expected.speaker ?? 'nobody'}`);
  }
  for (const extra of findings.quotes.filter((q) => !matched.has(q.id))) {
    quotes.falsePositives += 1;
    quotes.errors.push(`extra quote "${extra.text.slice(0, 40)}…"`);
  }

  return { kinds: { people, countries, capitals, organizations, dates, quotes }, speakers };
}

/** Precision, recall and F1 of a tally; 1 when there was nothing to find and nothing was found. */
export function rates(tally: Pick<Tally, 'truePositives' | 'falsePositives' | 'falseNegatives'>) {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = tally;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
