/**
 * Preview images for links shared in chats and feeds: 1200×630 PNG, drawn at build time with
 * satori (layout to SVG) and resvg (SVG to PNG), with Noto fonts installed from npm: no network.
 * Large type so the quote is readable at thumbnail size; long quotes end with an ellipsis.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export const WIDTH = 1200;
export const HEIGHT = 630;

const require = createRequire(import.meta.url);
const font = (family: string, subset: string, weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff`));

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
function loadFonts() {
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) => [
    { name: 'Noto Serif', data: font('noto-serif', subset, 400), weight: 400 as const, style: 'normal' as const },
    { name: 'Noto Serif', data: font('noto-serif', subset, 700), weight: 700 as const, style: 'normal' as const },
    { name: 'Noto Sans', data: font('noto-sans', subset, 400), weight: 400 as const, style: 'normal' as const },
    { name: 'Noto Sans', data: font('noto-sans', subset, 700), weight: 700 as const, style: 'normal' as const },
  ]);
  return fonts;
}

/** Cuts a text at a word boundary so it fits, ending with an ellipsis. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.—-]+$/u, '')}…`;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children: (Node | string)[] | Node | string): Node => ({
  type,
  props: { style, children },
});

export interface PreviewText {
  /** The quote (without quote marks) or the headline. */
  main: string;
  kind: 'quote' | 'article';
  /** "Qasim al-Araji, National Security Adviser of Iraq" */
  byline?: string;
  /** "Mehr News Agency · April 12, 2021" */
  footer: string;
  site: string;
}

/**
 * Drawn images are kept between builds, keyed by everything that goes into them (the texts, this
 * design's version, the renderers' versions), so a rebuild redraws only what changed. The output
 * for a key never varies, so builds stay reproducible. `PREVIEW_CACHE=0` turns the cache off.
 */
const DESIGN_VERSION = 1;
const CACHE_DIR = join('node_modules', '.cache', 'annotated-reader', 'previews');
const versions = ['satori', '@resvg/resvg-js'].map((name) => (require(`${name}/package.json`) as { version: string }).version).join();

export async function renderPreview(text: PreviewText): Promise<Uint8Array> {
  const key = createHash('sha256').update(JSON.stringify([DESIGN_VERSION, versions, text])).digest('hex');
  const cached = join(CACHE_DIR, `${key}.png`);
  const useCache = process.env['PREVIEW_CACHE'] !== '0';
  if (useCache && existsSync(cached)) return readFileSync(cached);
  const png = await drawPreview(text);
  if (useCache) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cached, png);
  }
  return png;
}

async function drawPreview(text: PreviewText): Promise<Uint8Array> {
  const main = text.kind === 'quote' ? `“${shorten(text.main, 190)}”` : shorten(text.main, 140);
  const size = main.length > 140 ? 46 : main.length > 90 ? 54 : 62;
  const tree = el(
    'div',
    {
      width: WIDTH,
      height: HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#fdfcf8',
      color: '#1c1b19',
      borderLeft: '24px solid #b45309',
      fontFamily: 'Noto Sans',
    },
    [
      el('div', { display: 'flex', fontFamily: 'Noto Serif', fontSize: size, fontWeight: 700, lineHeight: 1.25 }, main),
      el('div', { display: 'flex', flexDirection: 'column', gap: 12 }, [
        ...(text.byline ? [el('div', { display: 'flex', fontSize: 36, fontWeight: 700, color: '#1d4ed8' }, `— ${text.byline}`)] : []),
        el('div', { display: 'flex', justifyContent: 'space-between', fontSize: 28, color: '#57534e' }, [
          el('span', {}, text.footer),
          el('span', {}, text.site),
        ]),
      ]),
    ],
  );
  const svg = await satori(tree as never, { width: WIDTH, height: HEIGHT, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH } }).render().asPng();
}
