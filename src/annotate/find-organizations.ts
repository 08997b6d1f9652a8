/**
 * Organisations from the knowledge base: its names and aliases ("PMU", "ISIS", "Daesh"), matched
 * case-sensitively so "IS" or "Who" in running text are not taken for an acronym.
 */
import type { KnowledgeBase, Organization } from './knowledge-base.ts';
import { FormMatcher } from './match-forms.ts';
import type { MentionVia, OrganizationFinding } from './types.ts';

export function findOrganizations(text: string, knowledgeBase: KnowledgeBase): OrganizationFinding[] {
  const matcher = new FormMatcher<[Organization, MentionVia]>(
    knowledgeBase.organizations.flatMap((org) => [
      [org.name, [org, 'name']] as [string, [Organization, MentionVia]],
      ...org.aliases.map((alias): [string, [Organization, MentionVia]] => [alias, [org, 'alias']]),
    ]),
  );
  const found = new Map<string, OrganizationFinding>();
  for (const hit of matcher.matches(text)) {
    const [org, via] = hit.entry;
    const finding = found.get(org.id) ?? { id: org.id, name: org.name, known: true, mentions: [] };
    finding.mentions.push({ text: hit.text, start: hit.start, end: hit.end, via, source: 'knowledge-base' });
    found.set(org.id, finding);
  }
  return [...found.values()];
}
