// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';

// Deployment target comes from the environment so one codebase serves a domain root
// (`SITE_URL=https://example.org`) or a sub-folder (`BASE_PATH=/reader/`, GitHub Pages project sites).
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Astro 7 defaults to the Sätteri processor, which runs no remark plugins; we need unified.
    // SmartyPants is off: it would rewrite the article's quote marks, and annotation must never
    // change the source text.
    processor: unified({ smartypants: false }),
  },
  vite: { plugins: [tailwindcss()] },
});
