import { expect, test } from '@playwright/test';
import { READER_PORT } from '../../playwright.config';

const origin = `http://localhost:${READER_PORT}`;

test('a BASE_PATH=/reader/ build keeps every link and asset inside /reader/', async ({ page }) => {
  const seen = new Set<string>();
  const queue = [`${origin}/reader/`];
  const outside: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    const refs = await page.$$eval('[href], [src]', (elements) =>
      elements.map((el) => (el as HTMLAnchorElement).href || (el as HTMLImageElement).src).filter(Boolean),
    );
    for (const ref of refs) {
      const target = new URL(ref, url);
      // Any address on this host (canonical URLs included) must stay under the base.
      if (target.hostname !== 'localhost') continue;
      if (!target.pathname.startsWith('/reader/')) outside.push(`${url} → ${target.href}`);
      else if (target.origin === origin && target.pathname.endsWith('/')) queue.push(origin + target.pathname);
    }
  }
  expect(seen.size).toBeGreaterThan(1);
  expect(outside).toEqual([]);
});
