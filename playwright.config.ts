import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it is installed (CI, these machines); Playwright's own elsewhere.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const launchOptions = existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {};

// E2E_PORT lets two checkouts run their browser tests side by side.
export const SITE_PORT = Number(process.env.E2E_PORT ?? 4321);
export const READER_PORT = SITE_PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${SITE_PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  // Playwright starts these one after the other, so the two builds never share the cache at once.
  webServer: [
    {
      command: `astro build && astro preview --port ${SITE_PORT} --ignore-lock`,
      url: `http://localhost:${SITE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      // A sub-folder deployment (GitHub Pages project site): every link must stay inside /reader/.
      command: `astro build --outDir dist-reader && astro preview --outDir dist-reader --port ${READER_PORT} --ignore-lock`,
      url: `http://localhost:${READER_PORT}/reader/`,
      env: { BASE_PATH: '/reader/' },
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
  ],
});
