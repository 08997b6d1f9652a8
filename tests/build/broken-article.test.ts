import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, it } from 'vitest';

it('a malformed article fails the build, naming the file and each wrong field', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'broken-article-'));
  const build = spawnSync('astro', ['build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, ARTICLES_DIR: 'tests/fixtures/broken-article', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  // Colour codes (CI forces them) would split the message; compare the plain text.
  const output = stripVTControlCharacters(build.stdout + build.stderr);
  expect(build.status).not.toBe(0);
  expect(output).toContain('tests/fixtures/broken-article/missing-license.md');
  expect(output).toContain('published: expected a date such as 2021-04-12');
  expect(output).toContain('license: expected `license:` with a `name:` and a `url:`');
}, 120_000);
