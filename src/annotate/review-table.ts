/**
 * A plain-text table of every finding with its provenance, for editors checking an article
 * (`npm run annotate -- FILE --review`). One row per mark, in text order.
 */
import type { Findings } from './types.ts';

interface Row {
  start: number;
  kind: string;
  text: string;
  entity: string;
  how: string;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const oneLine = (s: string) => s.replace(/\s+/gu, ' ');

function rows(findings: Findings): Row[] {
  const out: Row[] = [];
  for (const p of findings.people) {
    for (const m of p.mentions) {
      out.push({ start: m.start, kind: 'person', text: m.text, entity: p.id, how: `${m.via} · ${m.source}${p.known ? '' : ' · not in knowledge base'}` });
    }
  }
  for (const c of findings.countries) {
    for (const m of c.mentions) out.push({ start: m.start, kind: 'country', text: m.text, entity: c.code, how: `${m.via} · ${m.source}` });
  }
  for (const c of findings.capitals) {
    for (const m of c.mentions) out.push({ start: m.start, kind: 'capital', text: m.text, entity: `${c.name} (${c.code})`, how: `${m.via} · ${m.source}` });
  }
  for (const o of findings.organizations) {
    for (const m of o.mentions) out.push({ start: m.start, kind: 'organization', text: m.text, entity: o.id, how: `${m.via} · ${m.source}` });
  }
  for (const d of findings.dates) {
    const stated = d.stated.length ? `stated ${d.stated.join('+')}` : 'nothing stated';
    const inferred = d.inferred.length ? `; inferred ${d.inferred.join('+')} from the article's date` : '';
    out.push({ start: d.start, kind: 'date', text: d.text, entity: d.value, how: `${d.granularity}: ${stated}${inferred}` });
  }
  for (const q of findings.quotes) {
    const evidence = q.attribution.evidence ? ` ← “${oneLine(q.attribution.evidence.text)}” @${q.attribution.evidence.start}` : '';
    out.push({ start: q.start, kind: 'quote', text: q.text, entity: `${q.id} → ${q.speaker ?? '(no speaker)'}`, how: `${q.attribution.rule}${evidence}` });
  }
  return out.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
}

/** The review table; `width` caps the text column so rows stay on one terminal line. */
export function formatReview(findings: Findings, width = 40): string {
  const header: Row = { start: 0, kind: 'kind', text: 'text', entity: 'entity', how: 'how it was found' };
  const body = rows(findings);
  const cells = (r: Row, i: number) => [i < 0 ? 'at' : String(r.start), r.kind, clip(oneLine(r.text), width), r.entity, r.how];
  const table = [cells(header, -1), ...body.map((r, i) => cells(r, i))];
  const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => row[col]!.length)));
  const line = (row: string[]) => row.map((cell, col) => (col === row.length - 1 ? cell : cell.padEnd(widths[col]!))).join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const counts = `${body.length} findings: ${findings.people.length} people, ${findings.countries.length} countries, ${findings.capitals.length} capitals, ${findings.organizations.length} organisations, ${findings.dates.length} dates, ${findings.quotes.length} quotes`;
  return [line(table[0]!), rule, ...table.slice(1).map(line), '', counts].join('\n');
}
