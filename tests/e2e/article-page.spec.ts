import { expect, test } from '@playwright/test';
import { articleSources, normaliseSpace } from '../support/article-source';
import { collectConsoleErrors } from './console-errors';

const articles = articleSources();

test('the home page lists every article with its date and source', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  const links = page.locator('main article h2 a');
  await expect(links).toHaveCount(articles.length);
  await expect(page.locator('main article time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

for (const article of articles) {
  test(`${article.slug}: the page text equals the source body`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto(`/articles/${article.slug}/`);
    const shown = normaliseSpace(await page.locator('[data-article-body]').innerText());
    expect(shown).toBe(article.text);
    expect(errors).toEqual([]);
  });
}

test.describe('the seed article page', () => {
  const slug = articles[0]?.slug ?? '';
  test.beforeEach(async ({ page }) => {
    await page.goto(`/articles/${slug}/`);
  });

  test('shows headline, date, reading time and the CC BY attribution with the licence link', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('article header time')).toHaveAttribute('datetime', '2021-04-12');
    await expect(page.locator('article header')).toContainText(/\d+ min read/);
    const attribution = page.getByTestId('attribution');
    await expect(attribution).toContainText('Mehr News Agency');
    const licence = attribution.getByRole('link', { name: 'CC BY 4.0' });
    await expect(licence).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
    await expect(licence).toHaveAttribute('rel', /license/);
  });

  test('has a canonical URL, a description and Open Graph basics', async ({ page }) => {
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`/articles/${slug}/$`));
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /\S{10,}/);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('has no horizontal scroll at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('keeps the body to a readable measure on a desktop', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    const { width, fontSize } = await page.locator('[data-article-body] p').first().evaluate((p) => ({
      width: p.getBoundingClientRect().width,
      fontSize: parseFloat(getComputedStyle(p).fontSize),
    }));
    // An average character is about half an em: 60–80 characters a line.
    const chars = width / (fontSize * 0.5);
    expect(chars).toBeGreaterThan(55);
    expect(chars).toBeLessThan(85);
  });

  test('renders dark mode from prefers-color-scheme', async ({ page }) => {
    const luminance = () =>
      page.evaluate(() => {
        const [r = 0, g = 0, b = 0] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!.map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await luminance()).toBeGreaterThan(0.8);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await luminance()).toBeLessThan(0.2);
  });

  test('prints without the site navigation', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
    await expect(page.locator('[data-article-body]')).toBeVisible();
  });
});

test('an unknown address answers with the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
