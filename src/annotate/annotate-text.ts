/**
 * Runs every detector over an analysis text and gathers their findings. A detector that throws
 * yields no findings of its kind and a warning, never a failed build: an odd article still renders.
 */
import { findCountries, type CountryFindings } from './find-countries.ts';
import { findDates } from './find-dates.ts';
import { findOrganizations } from './find-organizations.ts';
import { findPeople } from './find-people.ts';
import { findQuotes } from './find-quotes.ts';
import { emptyKnowledgeBase, type KnowledgeBase } from './knowledge-base.ts';
import { paragraphsOf, sentencesOf } from './sentences.ts';
import type { Findings } from './types.ts';

export interface AnnotateTextOptions {
  /** People and organisations an editor maintains; empty by default. */
  knowledgeBase?: KnowledgeBase;
  /** The article's publication date, the reference for relative dates ("on Monday", "last year"). */
  published?: Date;
  /** Replace detectors (tests use this to simulate a failing one). */
  detectors?: Partial<Detectors>;
  /**
   * The Markdown the analysis text was made from. Findings then carry the body's own characters
   * (`source.slice(start, end) === text`), markup inside a span included.
   */
  source?: string;
}

export interface Detectors {
  countries: typeof findCountries;
  dates: typeof findDates;
  organizations: typeof findOrganizations;
  people: typeof findPeople;
  quotes: typeof findQuotes;
}

export interface AnnotateTextResult {
  findings: Findings;
  warnings: string[];
}

const defaults: Detectors = {
  countries: findCountries,
  dates: findDates,
  organizations: findOrganizations,
  people: findPeople,
  quotes: findQuotes,
};

export function annotateText(text: string, options: AnnotateTextOptions = {}): AnnotateTextResult {
  const detectors = { ...defaults, ...options.detectors };
  const knowledgeBase = options.knowledgeBase ?? emptyKnowledgeBase();
  const warnings: string[] = [];
  function attempt<T>(kind: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (error) {
      warnings.push(`the ${kind} detector failed (${(error as Error).message}); this article has no ${kind} marks`);
      return fallback;
    }
  }

  const paragraphs = paragraphsOf(text);
  const sentences = sentencesOf(text, paragraphs);
  const places = attempt<CountryFindings>('countries', { countries: [], capitals: [] }, () => detectors.countries(text));
  const organizations = attempt('organizations', [], () => detectors.organizations(text, knowledgeBase));
  const taken = [...places.countries, ...places.capitals, ...organizations].flatMap((f) => f.mentions);
  const people = attempt('people', [], () => detectors.people(text, { knowledgeBase, taken }));
  const dates = attempt('dates', [], () => detectors.dates(text, options.published, sentences));
  const quotes = attempt('quotes', [], () => detectors.quotes(text, { people, sentences, paragraphs }));

  const speakers = new Set(quotes.map((q) => q.speaker));
  const { source } = options;
  if (source !== undefined && source !== text) {
    const reslice = <S extends { text: string; start: number; end: number }>(span: S) => {
      span.text = source.slice(span.start, span.end);
    };
    for (const finding of [...people, ...places.countries, ...places.capitals, ...organizations]) finding.mentions.forEach(reslice);
    dates.forEach(reslice);
    for (const quote of quotes) {
      reslice(quote);
      if (quote.attribution.evidence) reslice(quote.attribution.evidence);
    }
  }
  return {
    findings: {
      people: people.map((p) => ({ ...p, quoted: speakers.has(p.id) })),
      countries: places.countries,
      capitals: places.capitals,
      organizations,
      dates,
      quotes,
    },
    warnings,
  };
}
