/** Builds the site from a folder of articles into a temporary folder, for build tests. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const SEED = 'content/articles/shamkhani-meets-iraqi-security-adviser.md';

export interface Build {
  ok: boolean;
  output: string;
  outDir: string;
  page: (path: string) => string;
}

/** Vitest puts Vite's own variables (BASE_URL, MODE…) in the environment; a build must not inherit them. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

export function buildSite(articlesDir: string, env: Record<string, string> = {}): Build {
  const outDir = mkdtempSync(join(tmpdir(), 'site-'));
  const build = spawnSync('astro', ['build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...cleanEnvironment(), ARTICLES_DIR: articlesDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
  });
  return {
    ok: build.status === 0,
    output: stripVTControlCharacters(build.stdout + build.stderr),
    outDir,
    page: (path) => readFileSync(join(outDir, path), 'utf8'),
  };
}

/** A folder holding a copy of the seed article, edited by `edit`. */
export function editedSeed(edit: (markdown: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'articles-'));
  cpSync(SEED, join(dir, 'shamkhani-meets-iraqi-security-adviser.md'));
  const file = join(dir, 'shamkhani-meets-iraqi-security-adviser.md');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return dir;
}
