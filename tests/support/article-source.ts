import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

export const ARTICLES_DIR = 'content/articles';

export interface ArticleSource {
  slug: string;
  /** The Markdown body, frontmatter removed. */
  body: string;
  /** The words a reader should see: block texts joined with spaces. */
  text: string;
}

export const normaliseSpace = (s: string) => s.replace(/\s+/gu, ' ').trim();

export function stripFrontmatter(markdown: string): string {
  return markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/u, '');
}

/** The plain text of a Markdown body, as a reader sees it on the page (white space normalised). */
export function markdownText(body: string): string {
  const tree: Root = fromMarkdown(body);
  return normaliseSpace(tree.children.map((node) => toString(node)).join(' '));
}

export function articleSources(dir = ARTICLES_DIR): ArticleSource[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const body = stripFrontmatter(readFileSync(join(dir, name), 'utf8'));
      return { slug: name.replace(/\.md$/u, ''), body, text: markdownText(body) };
    });
}
