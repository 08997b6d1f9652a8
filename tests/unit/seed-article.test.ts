import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { articleSources, normaliseSpace } from '../support/article-source';

// The seed as received: body, then the desk's initials and the licence sentence (moved to frontmatter).
const SEED = '../shared/seed/000_81a1af0e8a1049d7.txt';
const TAIL = /\s+SA\/PA All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4\.0 International License\.$/u;

it('keeps the seed article body verbatim (only paragraph breaks added)', () => {
  const received = readFileSync(SEED, 'utf8');
  expect(received).toMatch(TAIL);
  const seed = articleSources().find((a) => a.slug === 'shamkhani-meets-iraqi-security-adviser');
  expect(seed).toBeDefined();
  expect(normaliseSpace(seed!.body)).toBe(normaliseSpace(received.replace(TAIL, '')));
  expect(seed!.text).toBe(normaliseSpace(received.replace(TAIL, '')));
});
