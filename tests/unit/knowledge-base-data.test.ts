import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/annotate/load-knowledge-base.ts';

// The committed knowledge base is editor-maintained data: it must load, and its cross-references
// (a role's organisation) must point at entries that exist, or cards would show dead links.
describe('the committed knowledge base', () => {
  const kb = loadKnowledgeBase('content');

  it('loads every person and organisation file', () => {
    expect(kb.people.length).toBeGreaterThan(0);
    expect(kb.organizations.length).toBeGreaterThan(0);
  });

  it('refers only to organisations that have an entry', () => {
    const known = new Set(kb.organizations.map((org) => org.id));
    const dangling = kb.people.flatMap((person) =>
      person.roles
        .filter((role) => role.organization && !known.has(role.organization))
        .map((role) => `${person.id}: ${role.organization}`),
    );
    expect(dangling).toEqual([]);
  });

  it('gives no two entries the same name or alias', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of [...kb.people, ...kb.organizations]) {
      for (const form of [entry.name, ...entry.aliases]) {
        const key = form.toLowerCase();
        const owner = seen.get(key);
        if (owner && owner !== entry.id) clashes.push(`${form}: ${owner} and ${entry.id}`);
        seen.set(key, entry.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});
