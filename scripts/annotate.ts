/**
 * The command-line annotator: `npm run -s annotate -- FILE [--published YYYY-MM-DD] [--review]`
 * prints the findings of a `.md` or `.txt` article as JSON (offsets are UTF-16 indices into the
 * body), or with `--review` a table of every finding and how it was found. Exit code 2 and one
 * line on stderr for a missing, empty or binary file or a bad option.
 */
import { annotateText } from '../src/annotate/annotate-text.ts';
import { applyCorrections } from '../src/annotate/corrections.ts';
import type { KnowledgeBase } from '../src/annotate/knowledge-base.ts';
import { loadKnowledgeBase } from '../src/annotate/load-knowledge-base.ts';
import { formatReview } from '../src/annotate/review-table.ts';
import type { Findings } from '../src/annotate/types.ts';
import { option, readArticle } from './read-article.ts';

export function findingsOf(file: string, published?: string, knowledgeBase: KnowledgeBase = loadKnowledgeBase()): Findings {
  const article = readArticle(file);
  const date = published ?? article.frontmatter['published'];
  const reference = date instanceof Date ? date : typeof date === 'string' ? new Date(date) : undefined;
  if (reference && Number.isNaN(reference.getTime())) throw new Error(`${file}: published "${String(date)}" is not a date such as 2021-04-12`);
  const { findings, warnings } = annotateText(article.text, {
    source: article.body,
    knowledgeBase,
    ...(reference ? { published: reference } : {}),
  });
  for (const warning of warnings) process.stderr.write(`warning: ${file}: ${warning}\n`);
  const corrections = article.frontmatter['corrections'];
  return corrections === undefined ? findings : applyCorrections(findings, corrections, article.text, knowledgeBase);
}

function main(argv: string[]): number {
  const published = option(argv, '--published');
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(published)) {
    process.stderr.write(`--published expects a date as YYYY-MM-DD, got "${published ?? ''}"\n`);
    return 2;
  }
  const file = argv.find((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--published') ?? '';
  let findings: Findings;
  try {
    findings = findingsOf(file, published);
  } catch (error) {
    process.stderr.write(`${(error as Error).message.split('\n').join(' ')}\n`);
    return 2;
  }
  process.stdout.write(argv.includes('--review') ? `${formatReview(findings)}\n` : `${JSON.stringify(findings, null, 2)}\n`);
  return 0;
}

// Run as a command, not when another script imports `findingsOf`.
if (import.meta.main) process.exitCode = main(process.argv.slice(2));
