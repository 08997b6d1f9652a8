// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { remarkAnnotate } from './src/annotate/remark-annotate.ts';
import { loadKnowledgeBase } from './src/annotate/load-knowledge-base.ts';
import { loadQuoteLock } from './src/annotate/load-quote-lock.ts';

// Deployment target comes from the environment so one codebase serves a domain root
// (`SITE_URL=https://example.org`) or a sub-folder (`BASE_PATH=/reader/`, GitHub Pages project sites).
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
const basePrefix = base.endsWith('/') ? base : `${base}/`;

/** Where an annotation mark links: the entity's page, or the article's own timeline for dates. */
const linkFor = (/** @type {string} */ kind, /** @type {string} */ entity) => {
  if (kind === 'person') return `${basePrefix}people/${entity}/`;
  if (kind === 'organization') return `${basePrefix}organizations/${entity}/`;
  if (kind === 'country' || kind === 'capital') return `${basePrefix}countries/${entity}/`;
  if (kind === 'date') return '#timeline';
  return undefined;
};

// `ANNOTATE=0` builds the plain site, for comparison and debugging.
const annotate = process.env.ANNOTATE !== '0';
/** @type {import('@astrojs/markdown-remark').RemarkPlugins} */
const remarkPlugins = annotate
  ? [[remarkAnnotate, { knowledgeBase: loadKnowledgeBase(), quoteLock: loadQuoteLock(), linkFor }]]
  : [];

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Astro 7 defaults to the Sätteri processor, which runs no remark plugins; we need unified.
    // SmartyPants is off: it would rewrite the article's quote marks, and annotation must never
    // change the source text.
    processor: unified({ smartypants: false, remarkPlugins }),
  },
  // Scripts are always separate files (never inlined), so the Content-Security-Policy needs no
  // 'unsafe-inline' for scripts.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
