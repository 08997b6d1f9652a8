/**
 * `npm run lighthouse`: builds the site, serves it with `astro preview`, and runs Lighthouse
 * (mobile settings, the default) on the home page, the seed article and one of its share pages,
 * with the same Chromium the tests use. Prints the four category scores and the CLS. With
 * `--assert` (CI) it fails unless accessibility, best practices and SEO are 100 and CLS is 0, and
 * performance is at least 90 (performance varies with the load of a shared machine).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';

const PORT = Number(process.env['LIGHTHOUSE_PORT'] ?? 4400);
const base = `http://localhost:${PORT}`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const build = spawnSync('npm', ['run', '-s', 'build'], { env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn('npm', ['run', '-s', 'preview', '--', '--port', String(PORT)], { env, stdio: 'ignore', detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid!);
  } catch {
    // already gone
  }
};

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro preview did not answer on ${base}`);
}

const failures: string[] = [];
const assert = process.argv.includes('--assert');
// Debian's Chromium when present, else the browser Playwright installed, as the tests do.
const chromePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath();
try {
  await waitForServer();
  const article = '/articles/shamkhani-meets-iraqi-security-adviser/';
  const html = await (await fetch(`${base}${article}`)).text();
  const share = /href="(quotes\/[^"]+\/)"/u.exec(html)?.[1];
  const pages = [['home', '/'], ['article', article], ...(share ? [['share page', `${article}${share}`]] : [])] as const;
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox'] });
  try {
    console.log('page          performance  accessibility  best-practices  seo   CLS');
    for (const [name, path] of pages) {
      const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result!.lhr;
      const score = (id: string) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)).padStart(3);
      const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
      for (const id of ['accessibility', 'best-practices', 'seo'])
        if ((lhr.categories[id]?.score ?? 0) < 1) failures.push(`${name}: ${id} ${score(id).trim()}`);
      if ((lhr.categories['performance']?.score ?? 0) < 0.9) failures.push(`${name}: performance ${score('performance').trim()}`);
      if (cls !== 0) failures.push(`${name}: CLS ${cls}`);
      console.log(
        `${name.padEnd(14)}${score('performance').padStart(11)}${score('accessibility').padStart(15)}${score('best-practices').padStart(16)}${score('seo').padStart(5)}   ${cls.toFixed(3)}`,
      );
    }
  } finally {
    await chrome.kill();
  }
} finally {
  stopServer();
}
if (assert && failures.length > 0) {
  console.error(`Lighthouse below the goals:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
