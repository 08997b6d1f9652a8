/**
 * The article's annotations as open data: a W3C Web Annotation `AnnotationCollection` (JSON-LD,
 * http://www.w3.org/ns/anno.jsonld), one annotation per finding shown as a mark (person, country,
 * capital, organisation, date, quote). Each targets the article with a TextQuoteSelector (exact,
 * prefix, suffix) and a TextPositionSelector. Both index the article body as the annotator reads
 * it: the Markdown body with its markup blanked, the same text the CLI's offsets index. Prefix and
 * suffix have their white space collapsed, as a reader sees the page.
 */
import type { Findings, Span } from '../annotate/types.ts';

const CONTEXT = 32;

export interface AnnotationUrls {
  /** Absolute URL of the article page. */
  article: string;
  /** Absolute URL of annotations.json. */
  collection: string;
  /** Absolute URL of an entity page, if there is one. */
  entity: (kind: 'person' | 'country' | 'organization', id: string) => string;
}

const squash = (text: string) => text.replace(/\s+/gu, ' ');

function target(source: string, text: string, span: Span) {
  return {
    source,
    selector: [
      {
        type: 'TextQuoteSelector',
        // The indexed text's own characters (markup blanked), so `exact` matches the positions.
        exact: text.slice(span.start, span.end),
        prefix: squash(text.slice(Math.max(0, span.start - CONTEXT), span.start)).trimStart(),
        suffix: squash(text.slice(span.end, span.end + CONTEXT)).trimEnd(),
      },
      { type: 'TextPositionSelector', start: span.start, end: span.end },
    ],
  };
}

export function webAnnotations(findings: Findings, text: string, urls: AnnotationUrls, title: string) {
  const items: Record<string, unknown>[] = [];
  const add = (span: Span, body: Record<string, unknown>[]) =>
    items.push({ type: 'Annotation', id: `${urls.collection}#a${items.length + 1}`, motivation: 'identifying', body, target: target(urls.article, text, span) });
  const names = new Map(findings.people.map((p) => [p.id, p.name]));

  for (const person of findings.people)
    for (const m of person.mentions)
      add(m, [{ type: 'SpecificResource', source: urls.entity('person', person.id), purpose: 'identifying' }, { type: 'TextualBody', value: person.name, purpose: 'describing' }]);
  for (const country of findings.countries)
    for (const m of country.mentions)
      add(m, [{ type: 'SpecificResource', source: urls.entity('country', country.code), purpose: 'identifying' }, { type: 'TextualBody', value: country.name, purpose: 'describing' }]);
  for (const capital of findings.capitals)
    for (const m of capital.mentions)
      add(m, [{ type: 'SpecificResource', source: urls.entity('country', capital.code), purpose: 'identifying' }, { type: 'TextualBody', value: `${capital.name} (capital)`, purpose: 'describing' }]);
  for (const org of findings.organizations)
    for (const m of org.mentions)
      add(m, [{ type: 'SpecificResource', source: urls.entity('organization', org.id), purpose: 'identifying' }, { type: 'TextualBody', value: org.name, purpose: 'describing' }]);
  for (const date of findings.dates) add(date, [{ type: 'TextualBody', value: date.value, format: 'text/plain', purpose: 'tagging' }]);
  for (const quote of findings.quotes)
    add(quote, [
      { type: 'TextualBody', value: quote.speaker ? `Quote by ${names.get(quote.speaker) ?? quote.speaker}` : 'Quote, speaker unknown', purpose: 'describing' },
      ...(quote.speaker ? [{ type: 'SpecificResource', source: urls.entity('person', quote.speaker), purpose: 'identifying' }] : []),
      { type: 'TextualBody', value: quote.id, purpose: 'tagging' },
    ]);

  items.sort((a, b) => positionOf(a) - positionOf(b));
  items.forEach((item, i) => (item['id'] = `${urls.collection}#a${i + 1}`));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: urls.collection,
    type: 'AnnotationCollection',
    label: `Annotations of “${title}”`,
    total: items.length,
    first: { id: `${urls.collection}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

const positionOf = (item: Record<string, unknown>) =>
  ((item['target'] as { selector: { start?: number }[] }).selector[1]!.start ?? 0);
