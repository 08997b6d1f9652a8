/**
 * Reads `content/quotes.lock.json` (written by `npm run quotes:lock`). No lock file means no
 * published ids to protect yet; a malformed one fails with its path and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describeIssues } from './knowledge-base.ts';
import { QuoteLockError, quoteLockSchema, type QuoteLock } from './quote-lock.ts';

export const QUOTE_LOCK_FILE = 'content/quotes.lock.json';

export function loadQuoteLock(file = QUOTE_LOCK_FILE): QuoteLock {
  if (!existsSync(file)) return { articles: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new QuoteLockError(`${file} is not valid JSON (${(error as Error).message}); run \`npm run quotes:lock\` to rewrite it`);
  }
  const result = quoteLockSchema.safeParse(raw);
  if (!result.success) throw new QuoteLockError(describeIssues(file, result.error).replace('knowledge-base entry', 'quote lock'));
  return result.data;
}
