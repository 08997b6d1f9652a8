/**
 * `npm run bench`: what annotation costs, measured side by side in one run (these machines are
 * noisy, so compare the ratios, not the absolute figures).
 * 1. Throughput of the annotator on a corpus of at least 1 MB (the fixtures, repeated), in KB/s,
 *    with the time of each detector.
 * 2. The build of 300 generated articles with `ANNOTATE=0` (plain) and with annotation, each with
 *    every preview image drawn (a fresh machine, CI) and with the image cache warm, and the time
 *    Astro spends loading and rendering the articles (where the annotator runs). The annotated site
 *    also has a share page, a preview image and open data per quote (about 770 more outputs).
 *    Goal: annotated ≤ 1.5 × plain.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
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
interface Timing {
  /** Wall time of `astro build`. */
  total: number;
  /** Astro's content sync: loading and rendering the articles, annotation included. */
  content: number;
}

function build(annotate: boolean, extra: Record<string, string> = {}): Timing {
  const start = performance.now();
  const result = spawnSync('npm', ['run', '-s', 'astro', '--', 'build', '--outDir', out], {
    env: { ...process.env, ARTICLES_DIR: dir, ANNOTATE: annotate ? '1' : '0', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...extra },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}\n${result.stdout.slice(-2000)}`);
  // Astro syncs the content layer (loads and renders every article) before it reports "[types] Generated".
  const content = /\[types\] Generated ([\d.]+)(m?s)/u.exec(stripVTControlCharacters(result.stdout));
  const seconds = content ? Number(content[1]) / (content[2] === 'ms' ? 1000 : 1) : NaN;
  return { total: (performance.now() - start) / 1000, content: seconds };
}

// Every preview image drawn (as on a fresh machine or in CI), then with the image cache warm.
rmSync(join('node_modules', '.cache', 'annotated-reader', 'previews'), { recursive: true, force: true });
const plainCold = build(false, { PREVIEW_CACHE: '0' });
const annotatedCold = build(true, { PREVIEW_CACHE: '0' });
build(true); // fills the image cache
const plainWarm = build(false);
const annotatedWarm = build(true);
const s1 = (n: number) => `${n.toFixed(1)} s`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
console.log('\nBuild of 300 articles            plain     annotated  ratio');
console.log(`every image drawn             ${s1(plainCold.total).padStart(7)}  ${s1(annotatedCold.total).padStart(10)}  ${ratio(annotatedCold.total, plainCold.total)}`);
console.log(`image cache warm              ${s1(plainWarm.total).padStart(7)}  ${s1(annotatedWarm.total).padStart(10)}  ${ratio(annotatedWarm.total, plainWarm.total)}`);
console.log(`articles loaded and rendered  ${s1(plainWarm.content).padStart(7)}  ${s1(annotatedWarm.content).padStart(10)}  ${ratio(annotatedWarm.content, plainWarm.content)}  (the annotator's own cost)`);
console.log('Goal: annotated ≤ 1.5x plain. The annotated site also has a share page, a preview image and open data per quote.');
rmSync(dir, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
