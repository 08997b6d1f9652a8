#!/usr/bin/env node
// Makes sure the browser tests have a Chromium: Debian's /usr/bin/chromium (installed with apt
// when we are root on Debian), else Playwright's own browser. Exits 1 with what to do when
// neither can be had.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

function systemChromium() {
  if (existsSync(SYSTEM_CHROMIUM)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('ensure-chromium: installing Debian’s chromium with apt-get…');
  try {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  } catch {
    return false;
  }
  return existsSync(SYSTEM_CHROMIUM);
}

function playwrightChromium() {
  if (existsSync(chromium.executablePath())) return true;
  try {
    run('npx', ['playwright', 'install', 'chromium']);
  } catch {
    return false;
  }
  return existsSync(chromium.executablePath());
}

if (systemChromium()) {
  console.log(`ensure-chromium: using ${SYSTEM_CHROMIUM}`);
} else if (playwrightChromium()) {
  console.log(`ensure-chromium: using Playwright’s Chromium at ${chromium.executablePath()}`);
} else {
  console.error(
    'ensure-chromium: no Chromium for the browser tests. Install one and run `npm test` again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  elsewhere:     npx playwright install chromium',
  );
  process.exit(1);
}
