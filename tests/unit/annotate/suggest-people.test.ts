import { describe, expect, it } from 'vitest';
import { suggestPeople } from '../../../src/annotate/suggest-people.ts';
import { personSchema } from '../../../src/annotate/knowledge-base.ts';
import type { Findings, Mention } from '../../../src/annotate/types.ts';

const mention = (text: string, via: Mention['via']): Mention => ({ text, start: 0, end: text.length, via, source: 'nlp' });

const findings: Findings = {
  people: [
    {
      id: 'amara-okonkwo',
      name: 'Amara Okonkwo',
      quoted: true,
      known: false,
      description: "the agency's director-general",
      mentions: [mention('Amara Okonkwo', 'name'), mention('Okonkwo', 'surname'), mention('Dr. Amara Okonkwo', 'alias'), mention('Okonkwo’s', 'surname')],
    },
    { id: 'ali-shamkhani', name: 'Ali Shamkhani', quoted: true, known: true, mentions: [mention('Ali Shamkhani', 'name')] },
  ],
  countries: [],
  capitals: [],
  organizations: [],
  dates: [],
  quotes: [],
};

describe('suggestPeople', () => {
  const [stub, ...rest] = suggestPeople(findings);

  it('suggests only people the knowledge base lacks', () => {
    expect(rest).toEqual([]);
    expect(stub?.id).toBe('amara-okonkwo');
  });

  it('keeps what the article says: other forms of the name and its description', () => {
    expect(stub).toMatchObject({ name: 'Amara Okonkwo', aliases: ['Dr. Amara Okonkwo'], descriptors: ["the agency's director-general"] });
  });

  it('leaves summary and sources for an editor, so the build names them until they are filled', () => {
    const result = personSchema.safeParse(stub);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['sources', 'summary']);
  });
});
