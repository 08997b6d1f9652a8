/**
 * `npm run evaluate`: precision and recall of each kind of finding against hand-written gold files,
 * micro-averaged over the fixtures in tests/fixtures/evaluation/ (knowledge base empty) and, apart,
 * the seed article against ../shared/seed/expected.json with and without the knowledge base.
 * `--errors` lists every miss and every extra.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { annotateText } from '../src/annotate/annotate-text.ts';
import { emptyKnowledgeBase, type KnowledgeBase } from '../src/annotate/knowledge-base.ts';
import { loadKnowledgeBase } from '../src/annotate/load-knowledge-base.ts';
import { rates, scoreFindings, type Gold, type ScoredKind, type Tally } from '../src/evaluation/score-findings.ts';
import { readArticle } from './read-article.ts';

const kinds: ScoredKind[] = ['people', 'countries', 'capitals', 'organizations', 'dates', 'quotes'];
const showErrors = process.argv.includes('--errors');

interface Total {
  kinds: Record<ScoredKind, Tally>;
  speakers: { correct: number; total: number };
}

function evaluate(label: string, cases: { name: string; text: string; published?: Date; gold: Gold }[], knowledgeBase: KnowledgeBase) {
  const total: Total = {
    kinds: Object.fromEntries(kinds.map((k) => [k, { truePositives: 0, falsePositives: 0, falseNegatives: 0, errors: [] }])) as never,
    speakers: { correct: 0, total: 0 },
  };
  for (const c of cases) {
    const { findings } = annotateText(c.text, { knowledgeBase, ...(c.published ? { published: c.published } : {}) });
    const score = scoreFindings(findings, c.gold);
    for (const kind of kinds) {
      const t = total.kinds[kind];
      t.truePositives += score.kinds[kind].truePositives;
      t.falsePositives += score.kinds[kind].falsePositives;
      t.falseNegatives += score.kinds[kind].falseNegatives;
      t.errors.push(...score.kinds[kind].errors.map((e) => `${c.name}: ${e}`));
    }
    total.speakers.correct += score.speakers.correct;
    total.speakers.total += score.speakers.total;
    if (showErrors) for (const e of score.speakers.errors) console.log(`  ${c.name}: speaker ${e}`);
  }
  console.log(`\n${label} (${cases.length} article${cases.length === 1 ? '' : 's'})`);
  console.log('kind            precision  recall   F1     found/gold');
  for (const kind of kinds) {
    const t = total.kinds[kind];
    const r = rates(t);
    console.log(
      `${kind.padEnd(16)}${r.precision.toFixed(2).padStart(9)}${r.recall.toFixed(2).padStart(8)}${r.f1.toFixed(2).padStart(7)}   ${t.truePositives}+${t.falsePositives} / ${t.truePositives + t.falseNegatives}`,
    );
    if (showErrors) for (const e of t.errors) console.log(`  ${e}`);
  }
  console.log(`speakers        ${total.speakers.correct}/${total.speakers.total} quotes found credited to the right person`);
  return total;
}

function fixturesIn(dir: string) {
  return readdirSync(dir)
  .filter((n) => n.endsWith('.md'))
  .sort()
  .map((name) => {
    const article = readArticle(join(dir, name));
    const published = article.frontmatter['published'];
    return {
      name,
      text: article.text,
      ...(typeof published === 'string' || published instanceof Date ? { published: new Date(published) } : {}),
      gold: JSON.parse(readFileSync(join(dir, name.replace(/\.md$/u, '.gold.json')), 'utf8')) as Gold,
    };
  });
}
// The development fixtures were used to tune the rules; the held-out ones never were.
evaluate('Development fixtures, empty knowledge base', fixturesIn(join('tests', 'fixtures', 'evaluation')), emptyKnowledgeBase());
evaluate('Held-out fixtures, empty knowledge base', fixturesIn(join('tests', 'fixtures', 'evaluation-held-out')), emptyKnowledgeBase());

const seedDir = join('..', 'shared', 'seed');
if (existsSync(join(seedDir, 'expected.json'))) {
  const seed = {
    name: 'seed',
    text: readFileSync(join(seedDir, '000_81a1af0e8a1049d7.txt'), 'utf8'),
    published: new Date('2021-04-12'),
    gold: JSON.parse(readFileSync(join(seedDir, 'expected.json'), 'utf8')) as Gold,
  };
  evaluate('Seed article, with the knowledge base', [seed], loadKnowledgeBase());
  evaluate('Seed article, empty knowledge base', [seed], emptyKnowledgeBase());
}
