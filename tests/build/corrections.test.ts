/** Editor corrections in an article's frontmatter, end to end through a real build (issue 7). */
import { describe, expect, it } from 'vitest';
import { buildSite, editedSeed } from '../support/build-site.ts';
import { loadQuoteLock } from '../../src/annotate/load-quote-lock.ts';

const ARTICLE = 'articles/shamkhani-meets-iraqi-security-adviser/index.html';
const executive = loadQuoteLock().articles['shamkhani-meets-iraqi-security-adviser']!.find((q) => q.text.startsWith('executive measures'))!;
const withCorrections = (yaml: string) => editedSeed((md) => md.replace(/\n---\n/u, `\ncorrections:\n${yaml}\n---\n`));

describe('editor corrections', () => {
  it('override a speaker: the quote changes hands and its card says an editor reviewed it', () => {
    const build = buildSite(withCorrections(`  speakers:\n    ${executive.id}: ali-shamkhani`));
    expect(build.ok, build.output).toBe(true);
    const html = build.page(ARTICLE);
    expect(html).toContain(`id="${executive.id}" data-annotation-kind="quote" data-entity="${executive.id}" data-speaker="ali-shamkhani"`);
    expect(html).toContain('Said by Ali Shamkhani. Reviewed by an editor.');
  }, 120_000);

  it('fail the build on an unknown quote id, listing the valid ids', () => {
    const build = buildSite(withCorrections('  speakers:\n    q-no-such-quote-0000000: ali-shamkhani'));
    expect(build.ok).toBe(false);
    expect(build.output).toContain('q-no-such-quote-0000000');
    expect(build.output).toContain(executive.id);
  }, 120_000);
});
