/**
 * `npm run quotes:lock`: records the id, words and context of every quote of every article in
 * `content/quotes.lock.json`. Commit it: the build then keeps each recorded id working after an
 * edit to its quote, and fails if a recorded quote disappears. Run it again to accept a removal.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { QUOTE_LOCK_FILE } from '../src/annotate/load-quote-lock.ts';
import { lockEntries, type QuoteLock } from '../src/annotate/quote-lock.ts';
import { findingsOf } from './annotate.ts';
import { readArticle } from './read-article.ts';

const dir = process.env['ARTICLES_DIR'] ?? join('content', 'articles');
const lock: QuoteLock = { articles: {} };
let quotes = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
  const file = join(dir, name);
  const entries = lockEntries(findingsOf(file).quotes, readArticle(file).text);
  lock.articles[basename(name, '.md')] = entries;
  quotes += entries.length;
}
writeFileSync(QUOTE_LOCK_FILE, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`${QUOTE_LOCK_FILE}: ${quotes} quotes in ${Object.keys(lock.articles).length} articles\n`);
