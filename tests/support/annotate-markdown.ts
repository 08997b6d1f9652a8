/** Runs Markdown through the same unified pipeline Astro uses, with and without the annotator. */
import type { Root as HastRoot } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { toText } from 'hast-util-to-text';
import { remarkAnnotate, type Options } from '../../src/annotate/remark-annotate.ts';
import type { Findings } from '../../src/annotate/types.ts';

export interface Annotated {
  html: string;
  text: string;
  findings: Findings;
  messages: string[];
}

export async function annotateMarkdown(markdown: string, options: Options = {}, published?: string): Promise<Annotated> {
  let hast: HastRoot | undefined;
  const file = new VFile({ value: markdown, path: 'content/articles/test.md', data: { astro: { frontmatter: published ? { published } : {} } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkAnnotate, options)
    .use(remarkRehype)
    .use(() => (tree: HastRoot) => {
      hast = tree;
    })
    .use(rehypeStringify);
  const html = String(await processor.process(file));
  const findings = (file.data as { astro: { frontmatter: { annotations: Findings } } }).astro.frontmatter.annotations;
  return { html, text: toText(hast!), findings, messages: file.messages.map((m) => m.message) };
}

/** The page text of the same Markdown without annotation. */
export async function plainText(markdown: string): Promise<string> {
  let hast: HastRoot | undefined;
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(() => (tree: HastRoot) => {
      hast = tree;
    })
    .use(rehypeStringify);
  await processor.process(markdown);
  return toText(hast!);
}
