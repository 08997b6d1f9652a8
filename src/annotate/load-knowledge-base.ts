/**
 * Reads the knowledge base from disk (for astro.config.mjs and the CLI). Each file is validated;
 * a bad file fails with a message naming it, its field and what to write instead.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import {
  describeIssues,
  organizationSchema,
  personSchema,
  type KnowledgeBase,
} from './knowledge-base.ts';

export class KnowledgeBaseError extends Error {
  override name = 'KnowledgeBaseError';
}

function readEntries<S extends z.ZodType<{ id: string }>>(dir: string, schema: S): z.output<S>[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new KnowledgeBaseError(`${file} is not valid JSON: ${(error as Error).message}`);
      }
      const result = schema.safeParse(raw);
      if (!result.success) throw new KnowledgeBaseError(describeIssues(file, result.error));
      const expected = basename(name, '.json');
      if (result.data.id !== expected) {
        throw new KnowledgeBaseError(`${file}: id "${result.data.id}" must equal the file name "${expected}"`);
      }
      return result.data;
    });
}

/** Loads `<root>/people/*.json` and `<root>/organizations/*.json`; missing folders are empty. */
export function loadKnowledgeBase(root = 'content'): KnowledgeBase {
  return {
    people: readEntries(join(root, 'people'), personSchema),
    organizations: readEntries(join(root, 'organizations'), organizationSchema),
  };
}
