/**
 * Stub knowledge-base entries for people the annotator found but the knowledge base lacks
 * (`npm run people:suggest -- FILE`). A stub holds what the article itself says — the name, the
 * other forms used, its own description of the person — and leaves `summary` and `sources` empty on
 * purpose: the build rejects the file, naming those two fields, until an editor has checked the
 * facts and cited a source. Nothing unverified reaches a reader as if it were reviewed.
 */
import type { PersonInput } from './knowledge-base.ts';
import type { Findings } from './types.ts';

export function suggestPeople(findings: Findings): PersonInput[] {
  return findings.people
    .filter((person) => !person.known)
    .map((person) => {
      const forms = (via: string[]) =>
        [...new Set(person.mentions.filter((m) => via.includes(m.via)).map((m) => m.text.replace(/['’]s$/u, '')))].filter(
          (text) => text !== person.name,
        );
      const descriptors = [...new Set([...(person.description ? [person.description] : []), ...forms(['descriptor'])])];
      return {
        id: person.id,
        name: person.name,
        aliases: forms(['name', 'alias']),
        descriptors,
        roles: [],
        summary: '',
        sources: [],
      };
    });
}
