/**
 * `npm run people:suggest -- FILE`: writes a stub `content/people/<id>.json` for each person found
 * in FILE who has no knowledge-base entry, never overwriting an existing file. The stubs hold what
 * the article says (name, other forms, its description); an editor adds the summary and a source,
 * and the build names those two fields until they do.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../src/annotate/load-knowledge-base.ts';
import { suggestPeople } from '../src/annotate/suggest-people.ts';
import { findingsOf } from './annotate.ts';

const PEOPLE = join('content', 'people');

function main(argv: string[]): number {
  const file = argv.find((arg) => !arg.startsWith('--')) ?? '';
  let stubs;
  try {
    // Stubs written earlier are incomplete on purpose: read around them, and still never overwrite them.
    const knowledgeBase = loadKnowledgeBase('content', {
      onInvalid: (error) => process.stdout.write(`incomplete ${error.message.split('\n')[0]}\n`),
    });
    stubs = suggestPeople(findingsOf(file, undefined, knowledgeBase));
  } catch (error) {
    process.stderr.write(`${(error as Error).message.split('\n').join(' ')}\n`);
    return 2;
  }
  if (stubs.length === 0) process.stdout.write(`Everyone found in ${file} already has a knowledge-base entry.\n`);
  mkdirSync(PEOPLE, { recursive: true });
  for (const stub of stubs) {
    const path = join(PEOPLE, `${stub.id}.json`);
    if (existsSync(path)) {
      process.stdout.write(`kept     ${path} (exists; not overwritten)\n`);
      continue;
    }
    writeFileSync(path, `${JSON.stringify(stub, null, 2)}\n`);
    process.stdout.write(`written  ${path}: check the name, add "summary" and a "sources" entry (https), then rebuild\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
