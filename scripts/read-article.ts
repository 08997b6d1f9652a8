/**
 * Reads an article for the command-line tools: a `.md` file (its YAML frontmatter split off and
 * parsed) or a plain `.txt` file, and the analysis text the annotator reads. Errors are one line
 * that names the file and says what is wrong (the CLI prints them and exits with code 2).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { analysisTextOf } from '../src/annotate/analysis-text.ts';

export class ArticleReadError extends Error {
  override name = 'ArticleReadError';
}

export interface Article {
  file: string;
  /** The text after the frontmatter: offsets in findings are indices into it. */
  body: string;
  frontmatter: Record<string, unknown>;
  /** The body with Markdown syntax blanked (same length). */
  text: string;
}

export function readArticle(file: string): Article {
  if (!file) throw new ArticleReadError('no file given: usage `npm run -s annotate -- FILE [--published YYYY-MM-DD] [--review]`');
  if (!existsSync(file)) throw new ArticleReadError(`${file}: no such file`);
  if (statSync(file).isDirectory()) throw new ArticleReadError(`${file}: is a folder, not an article file`);
  const bytes = readFileSync(file);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new ArticleReadError(`${file}: the file is empty`);
  if (bytes.includes(0)) throw new ArticleReadError(`${file}: looks like a binary file, expected UTF-8 text (.md or .txt)`);
  const raw = bytes.toString('utf8');
  let body = raw;
  let frontmatter: Record<string, unknown> = {};
  if (extname(file) !== '.txt') {
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u.exec(raw);
    if (match) {
      try {
        frontmatter = (parseYaml(match[1]!) as Record<string, unknown> | null) ?? {};
      } catch (error) {
        throw new ArticleReadError(`${file}: the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
      }
      body = raw.slice(match[0].length);
    }
  }
  const text = extname(file) === '.txt' ? body : analysisTextOf(body);
  return { file, body, frontmatter, text };
}

/** `--name value` from argv, or undefined. */
export function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  return index === -1 ? undefined : argv[index + 1];
}
