/**
 * Shared quote links keep working: ids do not move when other paragraphs change (issue 5), a typo
 * fix inside a quote keeps the old id and share page as aliases, and deleting a published quote
 * fails the build until the lock is updated (issue 7, content/quotes.lock.json).
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, editedSeed } from '../support/build-site.ts';
import { loadQuoteLock } from '../../src/annotate/load-quote-lock.ts';

const ARTICLE = 'articles/shamkhani-meets-iraqi-security-adviser/';
const locked = loadQuoteLock().articles['shamkhani-meets-iraqi-security-adviser']!;

describe('quote ids', () => {
  it('survive new quotes added at the top and in the middle of the article', () => {
    const dir = editedSeed((md) =>
      md
        .replace('\nTEHRAN —', '\n“We will keep talking until there is an agreement,” a spokesman told reporters.\n\nTEHRAN —')
        .replace('\nFor his part,', '\nAnother official said, "Nothing has been signed yet, but the talks were useful."\n\nFor his part,'),
    );
    const build = buildSite(dir);
    expect(build.ok, build.output).toBe(true);
    const html = build.page(join(ARTICLE, 'index.html'));
    expect(locked.length).toBe(5);
    for (const { id } of locked) expect(html).toContain(`id="${id}"`);
    expect(html.match(/data-annotation-kind="quote" data-entity="[^"]+"(?: data-speaker="[^"]+")?>/gu)?.length).toBeGreaterThanOrEqual(7);
  }, 120_000);

  it('survive a typo fix inside a quote: the old #id and share page still work', () => {
    const old = locked.find((q) => q.text.startsWith('The necessary coordination have been taken'))!;
    const dir = editedSeed((md) => md.replace('The necessary coordination have been taken', 'The necessary coordination has been taken'));
    const build = buildSite(dir);
    expect(build.ok, build.output).toBe(true);
    const html = build.page(join(ARTICLE, 'index.html'));
    const newId = /id="(q-the-necessary-coordination-has-been-taken-[a-z0-9]+)"/u.exec(html)?.[1];
    expect(newId).toBeDefined();
    expect(html).toContain(`<span id="${old.id}" class="quote-alias" data-quote-alias="${newId}"></span>`);
    const sharePage = build.page(join(ARTICLE, 'quotes', old.id, 'index.html'));
    expect(sharePage).toContain(`<link rel="canonical" href="http://localhost:4321/${ARTICLE}quotes/${newId}/">`);
    expect(existsSync(join(build.outDir, ARTICLE, 'quotes', old.id, 'og.png'))).toBe(true);
  }, 120_000);

  it('fail the build when a published quote is deleted, naming the article, the quote and the fix', () => {
    const dir = editedSeed((md) => md.replace(/ “Iran's continuous progress[^”]+”/u, ''));
    const build = buildSite(dir);
    expect(build.ok).toBe(false);
    expect(build.output).toContain('shamkhani-meets-iraqi-security-adviser.md: a quote that was published is no longer in the article');
    expect(build.output).toContain('Iran\'s continuous progress');
    expect(build.output).toContain('npm run quotes:lock');
  }, 120_000);
});

describe('ANNOTATE=0', () => {
  it('builds the plain site: no marks, same words', () => {
    const build = buildSite('content/articles', { ANNOTATE: '0' });
    expect(build.ok, build.output).toBe(true);
    const html = build.page(join(ARTICLE, 'index.html'));
    expect(html).not.toContain('data-annotation-kind');
    expect(html).toContain('TEHRAN — Ali Shamkhani, secretary of the Supreme National Security Council of Iran');
  }, 120_000);
});
