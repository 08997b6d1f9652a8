/**
 * Quality gates on real builds (issue 6): valid HTML on every page, no broken link, image or
 * #anchor (also under BASE_PATH=/reader/), byte-identical rebuilds, raw HTML rendered inert, and
 * the files static hosts and crawlers read (sitemap, robots.txt, RSS, _headers).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type Build } from '../support/build-site.ts';
import { serveStatic } from '../support/static-server.ts';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

/** Crawls the site from `start` (a path) served from `root`, as a static host would serve it. */
async function brokenLinks(root: string, start: string) {
  const server = await serveStatic(root);
  try {
    // Other origins (sources, the licence, SITE_URL in canonical links) are out of reach offline;
    // the canonical and sitemap addresses are checked against the files by the sitemap test.
    const result = await new LinkChecker().check({
      path: `${server.url}${start}`,
      recurse: true,
      checkFragments: true,
      concurrency: 4,
      linksToSkip: async (link: string) => !link.startsWith(server.url),
    });
    return {
      checked: result.links.filter((link) => link.state !== 'SKIPPED').length,
      broken: result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.status} ${link.url} (on ${link.parent})`),
    };
  } finally {
    await server.close();
  }
}

let site: Build;
beforeAll(() => {
  site = buildSite('content/articles');
  expect(site.ok, site.output).toBe(true);
}, 120_000);

describe('the built site', () => {
  it('has valid HTML on every page (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = files(site.outDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(15);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page);
      for (const result of report.results)
        for (const m of result.messages) errors.push(`${relative(site.outDir, page)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    console.log(`html-validate: ${pages.length} pages, ${errors.length} errors`);
    expect(errors).toEqual([]);
  });

  it('has no broken link, image or #anchor', async () => {
    const { checked, broken } = await brokenLinks(site.outDir, '/');
    console.log(`linkinator: ${checked} links checked`);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(20);
  }, 120_000);

  it('is byte-identical when built again, every preview image drawn afresh', () => {
    const again = buildSite('content/articles', { PREVIEW_CACHE: '0' });
    expect(again.ok, again.output).toBe(true);
    const digest = (dir: string) =>
      files(dir).map((f) => `${relative(dir, f)} ${createHash('sha256').update(readFileSync(f)).digest('hex')}`);
    expect(digest(again.outDir)).toEqual(digest(site.outDir));
  }, 120_000);

  it('lists every page in the sitemap and points robots.txt at it; has an RSS feed and security headers', () => {
    const sitemap = site.page('sitemap-0.xml');
    const pages = files(site.outDir)
      .filter((f) => f.endsWith('index.html'))
      .map((f) => `http://localhost:4321/${relative(site.outDir, f).replace(/index\.html$/u, '')}`);
    for (const page of pages) expect(sitemap).toContain(`<loc>${page}</loc>`);
    expect(site.page('robots.txt')).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
    expect(site.page('rss.xml')).toContain('<link>http://localhost:4321/articles/shamkhani-meets-iraqi-security-adviser/</link>');
    expect(site.page('_headers')).toContain('Content-Security-Policy:');
    expect(site.page('index.html')).toContain('<meta http-equiv="Content-Security-Policy"');
  });

  it('ships no inline script, only data blocks', () => {
    const inline = files(site.outDir)
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/gu)].map((m) => `${relative(site.outDir, f)}: ${m[0]}`));
    expect(inline).toEqual([]);
  });
});

describe('a sub-folder build (BASE_PATH=/reader/)', () => {
  it('has no broken link, and none leaves /reader/', async () => {
    const build = buildSite('content/articles', { BASE_PATH: '/reader/' });
    expect(build.ok, build.output).toBe(true);
    // Served as a host would: the site inside a /reader/ folder.
    const root = mkdtempSync(join(tmpdir(), 'host-'));
    cpSync(build.outDir, join(root, 'reader'), { recursive: true });
    const { checked, broken } = await brokenLinks(root, '/reader/');
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(20);
    expect(build.page('robots.txt')).toContain('Sitemap: http://localhost:4321/reader/sitemap-index.xml');
  }, 180_000);
});

describe('raw HTML in an article', () => {
  it('renders inert: no script, event handler, javascript: link or iframe; marks survive', () => {
    const build = buildSite('tests/fixtures/unsafe-article');
    expect(build.ok, build.output).toBe(true);
    const html = build.page('articles/unsafe-html/index.html');
    const body = html.slice(html.indexOf('data-article-body'), html.indexOf('</article>'));
    expect(body).not.toMatch(/<script|<iframe|\sonerror=|\sonclick=|javascript:/iu);
    expect(body).toContain('class="annotation annotation-country" data-annotation-kind="country" data-entity="IR">Iran</a>');
    expect(body).toMatch(/<span class="quote" id="q-we-will-keep-talking-until-there-[a-z0-9]+" data-annotation-kind="quote"/u);
  }, 120_000);
});
