import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/annotate.ts', ...args], { encoding: 'utf8' });
const article = 'content/articles/shamkhani-meets-iraqi-security-adviser.md';
const body = readFileSync(article, 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');

describe('npm run annotate', () => {
  const result = run(article);
  const json = JSON.parse(result.stdout) as Record<string, { mentions?: { text: string; start: number; end: number; via: string }[] }[]>;

  it('prints only the findings JSON with the contract’s keys', () => {
    expect(result.status).toBe(0);
    expect(Object.keys(json)).toEqual(['people', 'countries', 'capitals', 'organizations', 'dates', 'quotes']);
    expect(json['people']![0]).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String), quoted: expect.any(Boolean) }));
    expect(json['quotes']![0]).toEqual(
      expect.objectContaining({ id: expect.stringMatching(/^q-/u), text: expect.any(String), speaker: expect.any(String), start: expect.any(Number), end: expect.any(Number) }),
    );
    expect(json['dates']![0]).toEqual(expect.objectContaining({ text: 'Monday', value: '2021-04-12' }));
  });

  it('gives offsets into the body, after the frontmatter, and a `via` from the contract', () => {
    const spans = [
      ...Object.values(json).flatMap((list) => list.flatMap((finding) => finding.mentions ?? [])),
      ...(json['dates'] as unknown as { text: string; start: number; end: number }[]),
      ...(json['quotes'] as unknown as { text: string; start: number; end: number }[]),
    ];
    expect(spans.length).toBeGreaterThan(50);
    for (const span of spans) expect(body.slice(span.start, span.end)).toBe(span.text);
    const vias = new Set(Object.values(json).flatMap((list) => list.flatMap((f) => (f.mentions ?? []).map((m) => m.via))));
    expect([...vias].every((via) => ['name', 'alias', 'descriptor', 'surname'].includes(via))).toBe(true);
  });

  it('reads a .txt file and takes the reference date from --published', () => {
    const txt = run('../shared/seed/000_81a1af0e8a1049d7.txt', '--published', '2021-04-12');
    const dates = (JSON.parse(txt.stdout) as { dates: { value: string }[] }).dates.map((d) => d.value);
    expect(dates).toEqual(['2021-04-12', '2021-04-12', '2020-01-03']);
    const undated = JSON.parse(run('../shared/seed/000_81a1af0e8a1049d7.txt').stdout) as { dates: { value: string }[] };
    expect(undated.dates.map((d) => d.value)).toEqual(['2020-01-03']);
  });

  it('prints a review table with --review', () => {
    const review = run(article, '--review');
    expect(review.stdout).toMatch(/^at\s+kind\s+text/u);
    expect(review.stdout).toContain('He');
  });

  it.each([
    ['a missing file', ['no/such/file.md'], /no\/such\/file\.md: no such file/u],
    ['an empty file', ['EMPTY'], /the file is empty/u],
    ['a binary file', ['BINARY'], /looks like a binary file/u],
    ['a bad date', [article, '--published', 'yesterday'], /--published expects a date as YYYY-MM-DD/u],
  ])('exits with 2 and one line for %s', (_, args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'annotate-cli-'));
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const resolved = args.map((a) => (a === 'EMPTY' ? join(dir, 'empty.md') : a === 'BINARY' ? join(dir, 'binary.md') : a));
    const failed = run(...resolved);
    expect(failed.status).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(failed.stderr).toMatch(message);
  });
});
