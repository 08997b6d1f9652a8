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

export interface LoadOptions {
  /** Skip invalid files instead of failing, reporting each (for editor tools, never the build). */
  onInvalid?: (error: KnowledgeBaseError) => void;
}

function readEntries<S extends z.ZodType<{ id: string }>>(dir: string, schema: S, options: LoadOptions): z.output<S>[] {
  if (!existsSync(dir)) return [];
  const entries: z.output<S>[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    try {
      entries.push(readEntry(dir, name, schema));
    } catch (error) {
      if (!(error instanceof KnowledgeBaseError) || !options.onInvalid) throw error;
      options.onInvalid(error);
    }
  }
  return entries;
}

function readEntry<S extends z.ZodType<{ id: string }>>(dir: string, name: string, schema: S): z.output<S> {
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
}

/** Loads `<root>/people/*.json` and `<root>/organizations/*.json`; missing folders are empty. */
export function loadKnowledgeBase(root = 'content', options: LoadOptions = {}): KnowledgeBase {
  return {
    people: readEntries(join(root, 'people'), personSchema, options),
    organizations: readEntries(join(root, 'organizations'), organizationSchema, options),
  };
}
