// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';
import { remarkAnnotate } from './src/annotate/remark-annotate.ts';
import { loadKnowledgeBase } from './src/annotate/load-knowledge-base.ts';
import { loadQuoteLock } from './src/annotate/load-quote-lock.ts';
import rehypeSanitize from 'rehype-sanitize';
import { rehypeQuoteShare } from './src/share/rehype-quote-share.ts';
import { sanitizeSchema } from './src/share/sanitize-schema.ts';

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

// Astro's content loader logs an error thrown while rendering an article and carries on; an
// article error (a bad editor correction, a published quote gone) must stop the build instead.
/** @type {string[]} */
const articleErrors = [];
const failOnArticleErrors = {
  name: 'annotated-reader:fail-on-article-errors',
  hooks: {
    'astro:build:done': () => {
      if (articleErrors.length > 0) throw new Error(`The build found ${articleErrors.length} article error(s):\n\n${articleErrors.join('\n\n')}`);
    },
  },
};

// `ANNOTATE=0` builds the plain site, for comparison and debugging.
const annotate = process.env.ANNOTATE !== '0';
/** @type {import('@astrojs/markdown-remark').RemarkPlugins} */
const remarkPlugins = annotate
  ? [[remarkAnnotate, { knowledgeBase: loadKnowledgeBase(), quoteLock: loadQuoteLock(), linkFor, onArticleError: (/** @type {string} */ m) => articleErrors.push(m) }]]
  : [];

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  integrations: [sitemap(), failOnArticleErrors],
  build: { format: 'directory' },
  markdown: {
    // Astro 7 defaults to the Sätteri processor, which runs no remark plugins; we need unified.
    // SmartyPants is off: it would rewrite the article's quote marks, and annotation must never
    // change the source text.
    // Raw HTML in an article is sanitised (no script, iframe, handlers or javascript: links) before
    // our own rehype plugins add trusted markup.
    processor: unified({
      smartypants: false,
      remarkPlugins,
      rehypePlugins: [[rehypeSanitize, sanitizeSchema], ...(annotate ? [rehypeQuoteShare] : [])],
    }),
  },
  // Scripts are always separate files (never inlined), so the Content-Security-Policy needs no
  // 'unsafe-inline' for scripts.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
