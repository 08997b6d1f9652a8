/**
 * The "analysis text" every detector reads: the Markdown source with everything that is not
 * article text (syntax, link URLs, code, HTML) blanked to spaces. It has the source's length, so a
 * detector's offsets are offsets into the source and `source.slice(start, end) === text` holds.
 *
 * A text node whose value differs from its source slice (a backslash escape, an entity, a
 * blockquote's `> ` prefix) is aligned character by character: characters of the value are kept
 * where the source has them, and the rest of the source slice is blanked.
 */
import type { Root, Text } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface TextNodeMap {
  node: Text;
  /** Source offset of each character of `node.value` (-1 where the source spells it otherwise). */
  offsets: number[];
}

export interface AnalysisText {
  text: string;
  /** Every text node with the source offset of each of its characters, for inserting marks. */
  nodes: TextNodeMap[];
}

const BLANK = ' ';

export function analysisText(tree: Root, source: string): AnalysisText {
  const chars: string[] = Array.from({ length: source.length }, (_, i) => (source[i] === '\n' ? '\n' : BLANK));
  const nodes: TextNodeMap[] = [];
  visit(tree, 'text', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const offsets: number[] = [];
    let cursor = start;
    for (const char of node.value) {
      // Walk the source until it shows this character; what was skipped stays blank.
      let found = -1;
      for (let probe = cursor; probe < end; probe++) {
        if (source[probe] === char[0] && source.startsWith(char, probe)) {
          found = probe;
          break;
        }
      }
      for (let i = 0; i < char.length; i++) offsets.push(found === -1 ? -1 : found + i);
      if (found === -1) continue;
      for (let i = 0; i < char.length; i++) chars[found + i] = source[found + i]!;
      cursor = found + char.length;
    }
    nodes.push({ node, offsets });
  });
  return { text: chars.join(''), nodes };
}

/** The analysis text of a Markdown body, parsed here (for tools and pages outside the build pipeline). */
export function analysisTextOf(markdown: string): string {
  return analysisText(unified().use(remarkParse).parse(markdown), markdown).text;
}
