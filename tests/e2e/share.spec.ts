import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const ARTICLE = '/articles/shamkhani-meets-iraqi-security-adviser/';

test.describe('shareable quotes', () => {
  test('every quote has a unique id and a share link to its page', async ({ page }) => {
    await page.goto(ARTICLE);
    const ids = await page.locator('[data-article-body] .quote[id]').evaluateAll((quotes) => quotes.map((q) => q.id));
    expect(ids.length).toBe(5);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) await expect(page.locator(`a.quote-share[href="quotes/${id}/"]`)).toHaveCount(1);
  });

  test('every share page has its preview meta tags and a 1200×630 PNG', async ({ page, request }) => {
    await page.goto(ARTICLE);
    const ids = await page.locator('[data-article-body] .quote[id]').evaluateAll((quotes) => quotes.map((q) => q.id));
    for (const id of ids) {
      const response = await page.goto(`${ARTICLE}quotes/${id}/`);
      expect(response?.status()).toBe(200);
      const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).getAttribute('content');
      expect(await meta('og:type')).toBe('article');
      expect(await meta('twitter:card')).toBe('summary_large_image');
      expect(await meta('og:title')).toMatch(/^(Ali Shamkhani|Qasim al-Araji): “/u);
      expect(await meta('og:description')).toBeTruthy();
      expect(await meta('og:url')).toBe(`http://localhost:4321${ARTICLE}quotes/${id}/`);
      const image = (await meta('og:image'))!;
      expect(image).toBe(`http://localhost:4321${ARTICLE}quotes/${id}/og.png`);
      await expect(page.getByRole('link', { name: 'Read in context' })).toHaveAttribute('href', `${ARTICLE}#${id}`);
      const png = await (await request.get(new URL(image).pathname)).body();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  test('“Copy link” puts the quote’s address on the clipboard and announces it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(ARTICLE);
    const share = page.locator('a.quote-share').nth(2);
    const id = await share.getAttribute('data-share-quote');
    await share.click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('#share-status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`http://localhost:4321${ARTICLE}#${id}`);
    await page.getByRole('button', { name: 'Copy citation' }).click();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain('— Qasim al-Araji');
    expect(citation).toContain('Mehr News Agency, April 12, 2021.');
  });

  test('opening #<quote-id> puts the quote in view as :target', async ({ page }) => {
    await page.goto(ARTICLE);
    const id = await page.locator('[data-article-body] .quote[id]').last().getAttribute('id');
    await page.goto(`${ARTICLE}#${id}`);
    const quote = page.locator(`#${id}`);
    await expect(quote).toBeInViewport();
    expect(await quote.evaluate((el) => el.matches(':target'))).toBe(true);
  });

  test('a text-fragment link scrolls to its passage, and a selection offers one', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 1000, height: 500 });
    await page.goto(`${ARTICLE}#:~:text=economic%20sanctions%20has%20made%20true%20lovers`);
    await expect(page.getByText('has made true lovers of Iran proud')).toBeInViewport();
    await page.goto(ARTICLE);
    await page.locator('[data-article-body] p').first().evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.getByRole('button', { name: 'Copy link to this passage' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^http://localhost:4321${ARTICLE}#:~:text=TEHRAN%20%E2%80%94%20Ali%20Shamkhani%2C,terrorism%20in%20the%20region\\.$`, 'u'));
  });

  test('annotations.json is a W3C AnnotationCollection whose quotes all occur in the page', async ({ page, request }) => {
    await page.goto(ARTICLE);
    const text = (await page.locator('[data-article-body]').innerText()).replace(/\s+/gu, ' ');
    const response = await request.get(`${ARTICLE}annotations.json`);
    expect(response.ok()).toBe(true);
    const collection = await response.json();
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.id).toBe(`http://localhost:4321${ARTICLE}annotations.json`);
    const items = collection.first.items as { id: string; type: string; body: unknown[]; target: { source: string; selector: { type: string; exact?: string; start?: number; end?: number }[] } }[];
    expect(collection.total).toBe(items.length);
    expect(items.length).toBeGreaterThan(50);
    for (const item of items) {
      expect(item.type).toBe('Annotation');
      expect(item.id).toMatch(/^http:\/\/localhost:4321\/.+#a\d+$/u);
      expect(item.body.length).toBeGreaterThan(0);
      expect(item.target.source).toBe(`http://localhost:4321${ARTICLE}`);
      const [quote, position] = item.target.selector;
      expect(quote!.type).toBe('TextQuoteSelector');
      expect(position!.type).toBe('TextPositionSelector');
      expect(position!.end! - position!.start!).toBe(quote!.exact!.length);
      expect(text).toContain(quote!.exact!.replace(/\s+/gu, ' '));
    }
  });

  test('the article carries schema.org NewsArticle data with its people, countries and quotations', async ({ page }) => {
    await page.goto(ARTICLE);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data['@type']).toBe('NewsArticle');
    const types = (data.mentions as { '@type': string; name: string }[]).map((m) => `${m['@type']}:${m.name}`);
    expect(types).toEqual(expect.arrayContaining(['Person:Ali Shamkhani', 'Person:Qasim al-Araji', 'Country:Iran', 'Country:Iraq']));
    const quotes = data.hasPart as { '@type': string; spokenByCharacter?: { name: string } }[];
    expect(quotes).toHaveLength(5);
    expect(quotes.every((q) => q['@type'] === 'Quotation' && q.spokenByCharacter?.name)).toBe(true);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no axe violations on a share page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(ARTICLE);
      const href = await page.locator('a.quote-share').first().getAttribute('href');
      await page.goto(`${ARTICLE}${href}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
