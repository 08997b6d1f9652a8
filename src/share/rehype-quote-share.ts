/**
 * rehype-quote-share: after the last part of every quote, an icon-only link to the quote's share
 * page (`quotes/<id>/`, relative, so any base path works). It adds no text to the page: its name
 * is an aria-label and its icon is hidden from assistive technology. With JavaScript the link
 * opens a share menu instead (`src/scripts/quote-share.ts`).
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visitParents } from 'unist-util-visit-parents';

export interface Options {
  /** The link's accessible name. */
  label?: string;
}

const icon = (): Element => ({
  type: 'element',
  tagName: 'svg',
  properties: { ariaHidden: 'true', viewBox: '0 0 16 16', width: 16, height: 16, focusable: 'false' },
  children: [
    {
      type: 'element',
      tagName: 'path',
      properties: {
        d: 'M11 2a2 2 0 1 1-1.6 3.2L6 7.1a2 2 0 0 1 0 1.8l3.4 1.9A2 2 0 1 1 9 12l-3.4-1.9a2 2 0 1 1 0-2.2L9 5.9A2 2 0 0 1 11 2z',
        fill: 'currentColor',
      },
      children: [],
    },
  ],
});

export const rehypeQuoteShare: Plugin<[Options?], Root> = (options = {}) => {
  const label = options.label ?? 'Share this quote';
  return (tree) => {
    const last = new Map<string, { node: Element; parent: Element | Root }>();
    visitParents(tree, 'element', (node, ancestors) => {
      if (node.properties['dataAnnotationKind'] !== 'quote') return;
      last.set(String(node.properties['dataEntity']), { node, parent: ancestors.at(-1) as Element | Root });
    });
    for (const [id, { node, parent }] of last) {
      const index = parent.children.indexOf(node);
      parent.children.splice(index + 1, 0, {
        type: 'element',
        tagName: 'a',
        properties: { className: ['quote-share', 'no-print'], href: `quotes/${id}/`, ariaLabel: label, dataShareQuote: id },
        children: [icon()],
      });
    }
  };
};

export default rehypeQuoteShare;
