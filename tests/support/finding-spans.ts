import type { Findings, Span } from '../../src/annotate/types.ts';

/** Every span the findings point at: mentions of every kind, dates and quotes. */
export function findingSpans(findings: Findings): Span[] {
  return [
    ...findings.people.flatMap((p) => p.mentions),
    ...findings.countries.flatMap((c) => c.mentions),
    ...findings.capitals.flatMap((c) => c.mentions),
    ...findings.organizations.flatMap((o) => o.mentions),
    ...findings.dates,
    ...findings.quotes,
  ];
}
