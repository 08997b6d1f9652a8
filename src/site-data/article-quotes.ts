/**
 * What share pages, preview images and open data need about an article's quotes: the speaker's
 * name and role, the paragraph around each quote, absolute URLs that respect SITE_URL and BASE_PATH.
 */
import type { CollectionEntry } from 'astro:content';
import { analysisTextOf } from '../annotate/analysis-text.ts';
import { countryByCode } from '../annotate/find-countries.ts';
import { roleOn } from '../annotate/knowledge-base.ts';
import { paragraphsOf, rangeAt } from '../annotate/sentences.ts';
import type { Findings, QuoteFinding } from '../annotate/types.ts';
import { t } from '../i18n/strings.ts';
import { withBase } from '../site-paths.ts';
import { siteKnowledgeBase } from './annotated-articles.ts';

export const absoluteUrl = (path: string, site: URL | undefined) => new URL(withBase(path), site).href;

export interface QuoteContext {
  quote: QuoteFinding;
  speakerName: string | undefined;
  /** "Secretary of the Supreme National Security Council, Iran" on the article's date. */
  speakerRole: string | undefined;
  paragraph: string;
}

export function quoteContexts(article: CollectionEntry<'articles'>, findings: Findings): QuoteContext[] {
  const body = article.body ?? '';
  const text = analysisTextOf(body);
  const paragraphs = paragraphsOf(text);
  const day = article.data.published.toISOString().slice(0, 10);
  const kb = siteKnowledgeBase();
  return findings.quotes.map((quote) => {
    // A self-check: offsets from the build pipeline must index this same body.
    if (body.slice(quote.start, quote.end) !== quote.text) throw new Error(`${article.id}: quote ${quote.id} does not match the body at its offsets`);
    const person = findings.people.find((p) => p.id === quote.speaker);
    const entry = kb.people.find((p) => p.id === quote.speaker);
    const role = entry ? roleOn(entry, day) : undefined;
    const country = countryByCode.get(role?.country ?? '')?.name;
    const first = paragraphs[rangeAt(paragraphs, quote.start)];
    const last = paragraphs[rangeAt(paragraphs, quote.end - 1)];
    return {
      quote,
      speakerName: entry?.name ?? person?.name,
      speakerRole: role ? [role.title, country].filter(Boolean).join(', ') : person?.description,
      paragraph: first && last ? text.slice(first.start, last.end).replace(/\s+/gu, ' ').trim() : quote.plainText,
    };
  });
}

export const quoteTitle = (context: QuoteContext, max = 90) => {
  const words = context.quote.plainText;
  const short = words.length > max ? `${words.slice(0, words.lastIndexOf(' ', max))}…` : words;
  return t('quote.title', { speaker: context.speakerName ?? t('quote.unknownSpeaker'), quote: short.replace(/^["“]|["”,]$/gu, '') });
};
