/**
 * Which findings become marks in the page. Findings keep everything (overlapping mentions such as
 * "Iranian" inside "Iranian Major General Qassem Soleimani"); the page shows marks that never
 * nest, except entity marks inside a quote: the longer mention wins, then the kind listed first.
 */
import type { AnnotationKind, Findings } from './types.ts';

export interface Mark {
  kind: AnnotationKind;
  start: number;
  end: number;
  /** The `data-entity` value: person or organisation id, country code, ISO date, quote id. */
  entity: string;
  /** Other `data-*` attributes: `capital` for capitals, `speaker` for quotes. */
  data?: Record<string, string>;
}

const priority: AnnotationKind[] = ['person', 'organization', 'capital', 'country', 'date'];

/** A quote's mark covers its quote marks too; the finding's offsets are the words inside them. */
export function quoteMarks(findings: Findings, text: string): Mark[] {
  return findings.quotes.map((quote) => ({
    kind: 'quote',
    start: Math.max(0, quote.start - 1),
    end: Math.min(text.length, quote.end + 1),
    entity: quote.id,
    ...(quote.speaker ? { data: { speaker: quote.speaker } } : {}),
  }));
}

export function entityMarks(findings: Findings, quotes: readonly Mark[]): Mark[] {
  const candidates: Mark[] = [
    ...findings.people.flatMap((p) => p.mentions.map((m) => ({ kind: 'person' as const, start: m.start, end: m.end, entity: p.id }))),
    ...findings.organizations.flatMap((o) =>
      o.mentions.map((m) => ({ kind: 'organization' as const, start: m.start, end: m.end, entity: o.id })),
    ),
    ...findings.capitals.flatMap((c) =>
      c.mentions.map((m) => ({ kind: 'capital' as const, start: m.start, end: m.end, entity: c.code, data: { capital: c.name } })),
    ),
    ...findings.countries.flatMap((c) => c.mentions.map((m) => ({ kind: 'country' as const, start: m.start, end: m.end, entity: c.code }))),
    ...findings.dates.map((d) => ({ kind: 'date' as const, start: d.start, end: d.end, entity: d.value })),
  ];
  candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || priority.indexOf(a.kind) - priority.indexOf(b.kind) || a.start - b.start,
  );
  const chosen: Mark[] = [];
  // Occupancy maps keep this linear in the article's length, even for a 1 MB article.
  const length = [...quotes, ...candidates].reduce((max, m) => Math.max(max, m.end), 0) + 1;
  const used = new Uint8Array(length);
  const quoteOf = new Int32Array(length).fill(-1);
  quotes.forEach((q, i) => quoteOf.fill(i, q.start, q.end));
  for (const mark of candidates) {
    // Inside one quote, or outside all: never across a quote's edge.
    if (quoteOf[mark.start] !== quoteOf[mark.end - 1]) continue;
    if (used.subarray(mark.start, mark.end).includes(1)) continue;
    used.fill(1, mark.start, mark.end);
    chosen.push(mark);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
