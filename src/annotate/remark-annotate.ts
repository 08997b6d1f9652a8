/**
 * remark-annotate: marks the people, countries, capitals, organisations, dates and direct quotes
 * of an article, and stores every finding in `file.data.astro.frontmatter.annotations` (Astro's
 * `remarkPluginFrontmatter`). Marks wrap the original text and add none.
 *
 * HTML of a mark (the contract other tools read):
 * `<a class="annotation annotation-person" data-annotation-kind="person" data-entity="ali-shamkhani" href="…">`
 * (a `<span>` without `linkFor`, or inside a link); capitals add `data-capital`; a date wraps
 * `<time datetime>`; a quote is `<span class="quote" id data-annotation-kind="quote" data-entity
 * data-speaker>` around the words and their quote marks, split into parts (`data-quote-part`) where
 * it spans several inline nodes or paragraphs.
 */
import { basename, extname } from 'node:path';
import type { Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { analysisText, type TextNodeMap } from './analysis-text.ts';
import { annotateText, type Detectors } from './annotate-text.ts';
import { entityMarks, quoteMarks, type Mark } from './choose-marks.ts';
import { applyCorrections, CorrectionError } from './corrections.ts';
import { emptyKnowledgeBase, type KnowledgeBase } from './knowledge-base.ts';
import { QuoteLockError, reanchorQuotes, type QuoteLock } from './quote-lock.ts';
import type { AnnotationKind, Findings } from './types.ts';

export interface Options {
  /** People and organisations to recognise (default: none; unknown people are still found). */
  knowledgeBase?: KnowledgeBase;
  /**
   * Reference for relative dates when the file's frontmatter has no `published` (default: none,
   * so "on Monday" is not resolved). The frontmatter's date wins.
   */
  published?: Date | string;
  /** The href of an entity mark, e.g. `/people/ali-shamkhani/`; without it marks are `<span>`s. */
  linkFor?: (kind: Exclude<AnnotationKind, 'quote'>, entity: string) => string | undefined;
  /** Published quote ids to keep working after edits (`content/quotes.lock.json`). */
  quoteLock?: QuoteLock;
  /** Replacement detectors, for tests that simulate a failing one. */
  detectors?: Partial<Detectors>;
  /**
   * Told about an article error (a bad correction, a published quote gone) before it is thrown.
   * Astro's content loader logs errors thrown while rendering and carries on; the site's config
   * collects them here and fails the build.
   */
  onArticleError?: (message: string) => void;
}

interface AnnotationNode {
  type: 'annotation';
  data: { hName: string; hProperties: Record<string, unknown> };
  children: (AnnotationNode | Text)[];
}

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

const toDate = (value: unknown): Date | undefined => {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value);
  return undefined;
};

function entityNode(mark: Mark, children: (AnnotationNode | Text)[], href: string | undefined): AnnotationNode {
  const inner =
    mark.kind === 'date'
      ? [{ type: 'annotation' as const, data: { hName: 'time', hProperties: { dateTime: mark.entity } }, children }]
      : children;
  return {
    type: 'annotation',
    data: {
      hName: href ? 'a' : 'span',
      hProperties: {
        ...(href ? { href } : {}),
        className: ['annotation', `annotation-${mark.kind}`],
        dataAnnotationKind: mark.kind,
        dataEntity: mark.entity,
        ...(mark.data?.['capital'] ? { dataCapital: mark.data['capital'] } : {}),
      },
    },
    children: inner,
  };
}

/** Index of the first mark (sorted by start, disjoint) that ends after `offset`. */
function firstEndingAfter(list: readonly Mark[], offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Splits one text node into text and mark nodes. */
function splitTextNode(
  map: TextNodeMap,
  quotes: readonly Mark[],
  entities: readonly Mark[],
  linkFor: Options['linkFor'],
  insideLink: boolean,
  firstParts: Set<string>,
): (AnnotationNode | Text)[] | undefined {
  const { node, offsets } = map;
  const known = offsets.filter((o) => o >= 0);
  if (known.length === 0) return undefined;
  const low = known[0]!;
  const high = known.at(-1)!;
  // Only the marks that touch this node: found by binary search in the sorted lists.
  const near = (list: readonly Mark[]) => {
    const found: Mark[] = [];
    for (let i = firstEndingAfter(list, low); i < list.length && list[i]!.start <= high; i++) found.push(list[i]!);
    return found;
  };
  const nearQuotes = near(quotes);
  const nearEntities = near(entities);
  const at = (list: readonly Mark[], offset: number) => (offset < 0 ? undefined : list.find((m) => m.start <= offset && offset < m.end));
  const chars = [...node.value];
  let charOffsets: number[] = [];
  // Offsets are per UTF-16 unit; walk them per code point.
  let unit = 0;
  charOffsets = chars.map((c) => {
    const offset = offsets[unit] ?? -1;
    unit += c.length;
    return offset;
  });
  let lastQuote: Mark | undefined;
  let lastEntity: Mark | undefined;
  const owners = charOffsets.map((offset) => {
    if (offset >= 0) {
      lastQuote = at(nearQuotes, offset);
      lastEntity = at(nearEntities, offset);
    }
    return [lastQuote, lastEntity] as const;
  });
  if (owners.every(([q, e]) => !q && !e)) return undefined;

  const out: (AnnotationNode | Text)[] = [];
  let i = 0;
  while (i < chars.length) {
    const quote = owners[i]![0];
    let j = i;
    while (j < chars.length && owners[j]![0] === quote) j++;
    // Inside this run, group by entity mark.
    const inner: (AnnotationNode | Text)[] = [];
    let k = i;
    while (k < j) {
      const entity = owners[k]![1];
      let l = k;
      while (l < j && owners[l]![1] === entity) l++;
      const text: Text = { type: 'text', value: chars.slice(k, l).join('') };
      inner.push(entity ? entityNode(entity, [text], insideLink ? undefined : linkFor?.(entity.kind as never, entity.entity)) : text);
      k = l;
    }
    if (quote) {
      const first = !firstParts.has(quote.entity);
      firstParts.add(quote.entity);
      out.push({
        type: 'annotation',
        data: {
          hName: 'span',
          hProperties: {
            className: ['quote'],
            ...(first ? { id: quote.entity } : { dataQuotePart: quote.entity }),
            dataAnnotationKind: 'quote',
            dataEntity: quote.entity,
            ...(quote.data?.['speaker'] ? { dataSpeaker: quote.data['speaker'] } : {}),
          },
        },
        children: inner,
      });
    } else out.push(...inner);
    i = j;
  }
  return out;
}

/** Empty anchors carrying a quote's earlier ids, so old links (`#old-id`) still land on it. */
function aliasAnchors(findings: Findings): Map<string, AnnotationNode[]> {
  const anchors = new Map<string, AnnotationNode[]>();
  for (const quote of findings.quotes)
    anchors.set(
      quote.id,
      (quote.aliases ?? []).map((alias) => ({
        type: 'annotation',
        data: { hName: 'span', hProperties: { id: alias, className: ['quote-alias'], dataQuoteAlias: quote.id } },
        children: [],
      })),
    );
  return anchors;
}

export const remarkAnnotate: Plugin<[Options?], Root> = function (options = {}) {
  const knowledgeBase = options.knowledgeBase ?? emptyKnowledgeBase();
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const data = file.data as AstroData;
    const frontmatter = (data.astro ??= {}).frontmatter ?? (data.astro.frontmatter = {});
    const published = toDate(frontmatter['published']) ?? toDate(options.published);
    const where = file.path || 'the article';

    const analysis = analysisText(tree, source);
    const { findings: detected, warnings } = annotateText(analysis.text, {
      source,
      knowledgeBase,
      ...(published ? { published } : {}),
      ...(options.detectors ? { detectors: options.detectors } : {}),
    });
    for (const warning of warnings) {
      file.message(warning);
      console.warn(`[annotate] ${where}: ${warning}`);
    }
    let findings = detected;
    const fail = (error: Error): never => {
      options.onArticleError?.(error.message);
      throw error;
    };
    if (frontmatter['corrections'] !== undefined) {
      try {
        findings = applyCorrections(detected, frontmatter['corrections'], analysis.text, knowledgeBase);
      } catch (error) {
        if (error instanceof CorrectionError) fail(new CorrectionError(`${where}: ${error.message}`));
        throw error;
      }
    }
    const article = basename(where, extname(where));
    const locked = options.quoteLock?.articles[article];
    if (locked) {
      let aliases = new Map<string, string>();
      try {
        aliases = reanchorQuotes(where, locked, findings.quotes, analysis.text);
      } catch (error) {
        if (error instanceof QuoteLockError) fail(error);
        throw error;
      }
      for (const quote of findings.quotes) {
        const old = [...aliases].filter(([, id]) => id === quote.id).map(([alias]) => alias);
        if (old.length) quote.aliases = old;
      }
    }
    frontmatter['annotations'] = findings;

    const quotes = quoteMarks(findings, analysis.text);
    const entities = entityMarks(findings, quotes);
    const byNode = new Map(analysis.nodes.map((map) => [map.node, map]));
    const firstParts = new Set<string>();
    const anchors = aliasAnchors(findings);
    visitParents(tree, 'text', (node, ancestors) => {
      const map = byNode.get(node);
      const parent = ancestors.at(-1);
      if (!map || !parent || !('children' in parent)) return;
      const insideLink = ancestors.some((a) => a.type === 'link' || a.type === 'linkReference');
      const replacement = splitTextNode(map, quotes, entities, options.linkFor, insideLink, firstParts);
      if (!replacement) return;
      const withAnchors = replacement.flatMap((n) => {
        const id = n.type === 'annotation' ? n.data.hProperties['id'] : undefined;
        return typeof id === 'string' && anchors.get(id)?.length ? [...anchors.get(id)!, n] : [n];
      });
      const index = (parent.children as unknown[]).indexOf(node);
      (parent.children as unknown[]).splice(index, 1, ...withAnchors);
      return [SKIP, index + withAnchors.length];
    });
  };
};

export default remarkAnnotate;
