import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from './console-errors';

const ARTICLE = '/articles/shamkhani-meets-iraqi-security-adviser/';
const body = (page: Page) => page.locator('[data-article-body]');
const mark = (page: Page, kind: string, entity: string) => body(page).locator(`[data-annotation-kind="${kind}"][data-entity="${entity}"]`).first();
const card = (page: Page, kind: string, entity: string) => page.locator(`.annotation-card[data-card-kind="${kind}"][data-card-for="${entity}"]`);

test.describe('hover cards on the seed article', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(ARTICLE);
  });

  test('one card per entity, each naming the mark it belongs to', async ({ page }) => {
    const entities = await body(page).locator('.annotation').evaluateAll((marks) =>
      [...new Set(marks.map((m) => `${(m as HTMLElement).dataset['annotationKind']}|${(m as HTMLElement).dataset['entity']}|${(m as HTMLElement).dataset['capital'] ?? ''}`))],
    );
    for (const key of entities) {
      const [kind, entity, capital] = key.split('|');
      const selector = `.annotation-card[data-card-kind="${kind}"][data-card-for="${entity}"]${capital ? `[data-capital="${capital}"]` : ''}`;
      await expect(page.locator(selector), key).toHaveCount(1);
    }
  });

  test('hover opens the person card after a short delay; the card is hoverable; Escape closes it', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    const shamkhani = mark(page, 'person', 'ali-shamkhani');
    const shamkhaniCard = card(page, 'person', 'ali-shamkhani');
    await shamkhani.hover();
    await expect(shamkhaniCard).toBeVisible();
    await expect(shamkhaniCard).toContainText('Secretary of the Supreme National Security Council');
    await expect(shamkhaniCard).toContainText('Quoted 2 times here');
    // Into the card, across the gap: it stays open, its text selectable and its links usable.
    await shamkhaniCard.hover();
    await page.waitForTimeout(700);
    await expect(shamkhaniCard).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(shamkhaniCard).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('hover opens the country and the date cards', async ({ page }) => {
    await mark(page, 'country', 'IQ').hover();
    const iraq = card(page, 'country', 'IQ');
    await expect(iraq).toBeVisible();
    await expect(iraq).toContainText('Baghdad');
    await expect(iraq.locator('svg.locator-map')).toBeVisible();
    await mark(page, 'date', '2020-01-03').hover();
    const date = card(page, 'date', '2020-01-03');
    await expect(date).toBeVisible();
    await expect(date).toContainText('Friday, January 3, 2020');
    await expect(date).toContainText('1 year, 3 months before this article');
  });

  test('keyboard focus opens the card, Tab reaches its links, Escape returns focus to the mark', async ({ page }) => {
    const araji = mark(page, 'person', 'qasim-al-araji');
    await araji.focus();
    const arajiCard = card(page, 'person', 'qasim-al-araji');
    await expect(arajiCard).toBeVisible();
    await expect(araji).toHaveAttribute('aria-describedby', /card-person-qasim-al-araji/u);
    await page.keyboard.press('Tab');
    await expect(arajiCard.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(arajiCard).toBeHidden();
    await expect(araji).toBeFocused();
  });

  test('cards say how a speaker was found', async ({ page }) => {
    await mark(page, 'person', 'qasim-al-araji').focus();
    await expect(card(page, 'person', 'qasim-al-araji')).toContainText(
      'Said by Qasim al-Araji — ‘He’ in ‘He also said…’ refers to al-Araji, named in the previous sentence.',
    );
  });

  test('while a speaker’s card is open, the words that named the speaker are highlighted', async ({ page }) => {
    await mark(page, 'person', 'qasim-al-araji').focus();
    await expect(card(page, 'person', 'qasim-al-araji')).toBeVisible();
    const highlighted = await page.evaluate(() => [...(CSS.highlights.get('evidence') ?? [])].map((range) => range.toString()));
    expect(highlighted).toEqual(['al-Araji said', 'He', 'The Iraqi national security adviser also praised']);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => CSS.highlights.has('evidence'))).toBe(false);
    // "Shamkhani ..., saying": the mention nearest before the quote, not a later "Shamkhani".
    await mark(page, 'person', 'ali-shamkhani').focus();
    const ranges = await page.evaluate(() =>
      [...(CSS.highlights.get('evidence') ?? [])].map((r) => {
        // Where the highlight starts within its paragraph's text.
        const before = document.createRange();
        before.setStart(r.startContainer.parentElement!.closest('p')!, 0);
        before.setEnd(r.startContainer, r.startOffset);
        return [r.toString(), before.toString().length];
      }),
    );
    expect(ranges[0]![0]).toBe('Iran’s top security official said');
    expect(ranges[1]).toEqual(['Shamkhani', 0]);
  });

  test('a card opens next to its mark and inside the viewport', async ({ page }) => {
    for (const [kind, entity, at] of [
      ['person', 'ali-shamkhani', 'top'],
      ['country', 'US', 'middle'],
      ['date', '2020-01-03', 'bottom'],
    ] as const) {
      const target = mark(page, kind, entity);
      // The mark near the top, the middle and the bottom of the window: the card must fit each time.
      await target.evaluate((el, where) => {
        const box = el.getBoundingClientRect();
        const offset = where === 'top' ? 40 : where === 'middle' ? innerHeight / 2 : innerHeight - 60;
        scrollBy(0, box.top - offset);
      }, at);
      await target.hover();
      const shown = card(page, kind, entity);
      await expect(shown).toBeVisible();
      const m = (await target.boundingBox())!;
      const c = (await shown.boundingBox())!;
      const viewport = page.viewportSize()!;
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.y).toBeGreaterThanOrEqual(0);
      expect(c.x + c.width).toBeLessThanOrEqual(viewport.width);
      expect(c.y + c.height).toBeLessThanOrEqual(viewport.height);
      // Just below the mark, or just above it when there is no room below.
      const gap = Math.min(Math.abs(c.y - (m.y + m.height)), Math.abs(m.y - (c.y + c.height)));
      expect(gap).toBeLessThanOrEqual(12);
      await page.keyboard.press('Escape');
    }
  });

  test('opening a card moves no text', async ({ page }) => {
    const paragraphs = body(page).locator('p');
    const before = await paragraphs.evaluateAll((ps) => ps.map((p) => JSON.stringify(p.getBoundingClientRect())));
    await mark(page, 'person', 'ali-shamkhani').hover();
    await expect(card(page, 'person', 'ali-shamkhani')).toBeVisible();
    const after = await paragraphs.evaluateAll((ps) => ps.map((p) => JSON.stringify(p.getBoundingClientRect())));
    expect(after).toEqual(before);
  });

  test('legend toggles hide and show marks, and the choice persists', async ({ page }) => {
    const people = page.getByRole('button', { name: 'People' });
    const shamkhani = mark(page, 'person', 'ali-shamkhani');
    const line = () => shamkhani.evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(await line()).toBe('underline');
    await people.click();
    await expect(people).toHaveAttribute('aria-pressed', 'false');
    expect(await line()).toBe('none');
    await page.reload();
    await expect(page.getByRole('button', { name: 'People' })).toHaveAttribute('aria-pressed', 'false');
    expect(await line()).toBe('none');
    await page.getByRole('button', { name: 'All' }).click();
    await expect(page.getByRole('button', { name: 'People' })).toHaveAttribute('aria-pressed', 'true');
    expect(await line()).toBe('underline');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no axe violations with a card open (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await mark(page, 'person', 'ali-shamkhani').focus();
      await expect(card(page, 'person', 'ali-shamkhani')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap opens the card as a sheet that fits the screen; a second tap follows the link', async ({ page }) => {
    await page.goto(ARTICLE);
    const iraq = mark(page, 'country', 'IQ');
    await iraq.tap();
    const iraqCard = card(page, 'country', 'IQ');
    await expect(iraqCard).toBeVisible();
    const box = (await iraqCard.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    // Sub-pixel rounding on a mobile viewport can add a fraction of a pixel.
    expect(box.y + box.height).toBeLessThanOrEqual(741.5);
    await iraq.tap();
    await expect(page).toHaveURL(/\/countries\/IQ\/$/u);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [kind, entity, name] of [
    ['person', 'qasim-al-araji', 'Qasim al-Araji'],
    ['country', 'IR', 'Iran'],
    ['organization', 'islamic-state', 'Islamic State'],
  ] as const) {
    test(`a ${kind} mark is a link to a page that names it`, async ({ page }) => {
      await page.goto(ARTICLE);
      const href = await mark(page, kind, entity).getAttribute('href');
      expect(href).toBeTruthy();
      const response = await page.goto(href!);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    });
  }

  test('a date mark links to the article’s timeline', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(mark(page, 'date', '2021-04-12')).toHaveAttribute('href', '#timeline');
    await expect(page.locator('#timeline')).toContainText('Monday, April 12, 2021');
  });
});

for (const path of ['/people/', '/people/ali-shamkhani/', '/countries/', '/countries/IQ/', '/organizations/islamic-state/']) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no axe violations on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
