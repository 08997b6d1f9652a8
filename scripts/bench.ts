/**
 * `npm run bench`: what annotation costs, measured side by side in one run (these machines are
 * noisy, so compare the ratios, not the absolute figures).
 * 1. Throughput of the annotator on a corpus of at least 1 MB (the fixtures, repeated), in KB/s,
 *    with the time of each detector.
 * 2. The build of 300 generated articles with `ANNOTATE=0` and with annotation, alternating, each
 *    twice. The annotated site also has a share page and a preview image per quote (about 900 more
 *    pages and images than the plain one); its first build draws every image (cold), the second
 *    finds them in the preview cache (warm). Goal: annotated ≤ 1.5 × plain.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateText } from '../src/annotate/annotate-text.ts';
import { loadKnowledgeBase } from '../src/annotate/load-knowledge-base.ts';
import { readArticle } from './read-article.ts';

const fixtures = ['tests/fixtures/evaluation', 'tests/fixtures/evaluation-held-out'].flatMap((dir) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .map((n) => join(dir, n)),
);
const sources = [...fixtures, 'content/articles/shamkhani-meets-iraqi-security-adviser.md'].map((f) => readArticle(f));

// 1. Throughput.
const unit = sources.map((a) => a.text).join('\n\n');
const corpus = Array.from({ length: Math.ceil(1_048_576 / unit.length) }, () => unit).join('\n\n');
const knowledgeBase = loadKnowledgeBase();
const times: Record<string, number> = {};
const timed =
  <A extends unknown[], R>(name: string, run: (...args: A) => R) =>
  (...args: A): R => {
    const start = performance.now();
    try {
      return run(...args);
    } finally {
      times[name] = (times[name] ?? 0) + performance.now() - start;
    }
  };
const { findCountries } = await import('../src/annotate/find-countries.ts');
const { findDates } = await import('../src/annotate/find-dates.ts');
const { findPeople } = await import('../src/annotate/find-people.ts');
const { findQuotes } = await import('../src/annotate/find-quotes.ts');
const { findOrganizations } = await import('../src/annotate/find-organizations.ts');
const started = performance.now();
const { findings } = annotateText(corpus, {
  knowledgeBase,
  published: new Date('2024-03-15'),
  detectors: {
    countries: timed('countries', findCountries),
    dates: timed('dates', findDates),
    people: timed('people', findPeople),
    quotes: timed('quotes', findQuotes),
    organizations: timed('organizations', findOrganizations),
  },
});
const seconds = (performance.now() - started) / 1000;
const kb = corpus.length / 1024;
console.log(`Annotator throughput: ${kb.toFixed(0)} KB in ${seconds.toFixed(2)} s = ${(kb / seconds).toFixed(0)} KB/s`);
console.log(`  ${findings.quotes.length} quotes, ${findings.people.length} people, ${findings.dates.length} dates`);
for (const [name, ms] of Object.entries(times).sort((a, b) => b[1] - a[1]))
  console.log(`  ${name.padEnd(14)} ${(ms / 1000).toFixed(2)} s (${((ms / 1000 / seconds) * 100).toFixed(0)}%)`);

// 2. Build of 300 articles, plain and annotated.
const dir = mkdtempSync(join(tmpdir(), 'bench-articles-'));
const raw = [...fixtures, 'content/articles/shamkhani-meets-iraqi-security-adviser.md'].map((f) => readFileSync(f, 'utf8'));
for (let i = 0; i < 300; i++) {
  const source = raw[i % raw.length]!;
  writeFileSync(join(dir, `article-${String(i).padStart(3, '0')}.md`), source.replace(/^title: .*$/mu, `title: "Generated article ${i}"`));
}
const out = mkdtempSync(join(tmpdir(), 'bench-dist-'));
function build(annotate: boolean, extra: Record<string, string> = {}): number {
  const start = performance.now();
  const result = spawnSync('npm', ['run', '-s', 'astro', '--', 'build', '--outDir', out], {
    env: { ...process.env, ARTICLES_DIR: dir, ANNOTATE: annotate ? '1' : '0', ASTRO_TELEMETRY_DISABLED: '1', ...extra },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}\n${result.stdout.slice(-2000)}`);
  return (performance.now() - start) / 1000;
}
rmSync(join('node_modules', '.cache', 'annotated-reader', 'previews'), { recursive: true, force: true });
const plain: number[] = [];
const annotated: number[] = [];
for (let round = 0; round < 2; round++) {
  plain.push(build(false));
  annotated.push(build(true));
}
const noCache = build(true, { PREVIEW_CACHE: '0' });
const pages = (annotate: boolean) => (annotate ? 'annotated' : 'plain');
console.log(`\nBuild of 300 articles, alternating: ${pages(false)} ${plain.map((s) => s.toFixed(1)).join(' s, ')} s; ${pages(true)} ${annotated[0]!.toFixed(1)} s (cold preview cache), ${annotated[1]!.toFixed(1)} s (warm)`);
console.log(`  ratio annotated/plain, warm cache: ${(annotated[1]! / plain[1]!).toFixed(2)}x; cold: ${(annotated[0]! / plain[0]!).toFixed(2)}x (goal ≤ 1.5x)`);
console.log(`  annotated with every image drawn (PREVIEW_CACHE=0): ${noCache.toFixed(1)} s`);
rmSync(dir, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
