/**
 * Who said each quote. The rules, tried in this order, each naming the span of the text that
 * established the speaker (its `evidence`):
 * - after the quote: `“…,” Demirel said` / `said Demirel` (said-after), `according to Bright`
 *   (according-to), `she said` (pronoun);
 * - before it, in its sentence: `…, saying “…”` / `adding that “…”` credit the sentence's subject
 *   (saying, or pronoun when the subject is "He"); `al-Araji said, “…”` (said-before);
 * - a quote that stands alone continues the nearest speaker in the sentences before it: a quote's
 *   speaker or a subject with a speech verb (continuation).
 * A subject that is a descriptor gives `descriptor` (from the knowledge base) or `appositive`
 * (from the article's own words); a pronoun is the last person named before it, outside quotes.
 */
import words from './data/person-words.json' with { type: 'json' };
import { rangeAt, type Range } from './sentences.ts';
import type { QuoteSpan } from './quote-spans.ts';
import type { Attribution, AttributionRule, Mention, PersonFinding, Span } from './types.ts';

const SPEECH = [...words.speechVerbs].sort((a, b) => b.length - a.length).join('|');
const TITLES = [...words.titles].sort((a, b) => b.length - a.length).map((t) => t.replace(/\./gu, '\\.')).join('|');

const speechVerb = new RegExp(`(?<![\\p{L}])(?:${SPEECH})(?![\\p{L}])`, 'gu');
/**
 * Between a subject and its verb: "also", "later", an adverb in -ly, the comma closing an appositive,
 * or a clause between commas ("Moira Campbell, who runs a fish market in Peterhead, said").
 */
const subjectGap = /^(?:,[^,.;:"“”«»\n]{2,100}?,|,)?\s+(?:(?:also|then|later|again|further|earlier|\p{Ll}+ly)\s+){0,2}$/u;
/** Between a verb and its subject: "said Demirel", "said Dr. Samuel Banda". */
const verbGap = new RegExp(`^,?\\s+(?:(?:${TITLES})\\s+)?$`, 'u');
const pronounBefore = /(?<![\p{L}])(He|She|They|he|she|they)\s+(?:(?:also|then|later|again|further|earlier|\p{Ll}+ly)\s+){0,2}$/u;
const pronounAfter = /^,?\s+(he|she|they)(?![\p{L}])/u;
/** After a name: an optional appositive between commas, then the speech verb. */
const afterAppositive = new RegExp(`^(?:,[^,.;:"“”]{2,100},)?\\s+(?:(?:also|then|later|\\p{Ll}+ly)\\s+)?(?:${SPEECH})(?![\\p{L}])`, 'u');

interface PersonMention extends Mention {
  person: string;
}

export interface Credit {
  speaker: string;
  attribution: Attribution;
}

export interface AttributionContext {
  text: string;
  people: readonly PersonFinding[];
  sentences: readonly Range[];
  paragraphs: readonly Range[];
}

const span = (text: string, start: number, end: number): Span => ({ text: text.slice(start, end), start, end });

export function attributeQuotes(quotes: readonly QuoteSpan[], context: AttributionContext): (Credit | null)[] {
  const { text, people, sentences } = context;
  const inside = (at: number) => quotes.some((q) => at > q.open && at < q.close);
  const mentions: PersonMention[] = people
    .flatMap((p) => p.mentions.map((m) => ({ ...m, person: p.id })))
    .filter((m) => !inside(m.start))
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const ruleFor = (m: PersonMention, plain: AttributionRule): AttributionRule =>
    m.via === 'descriptor' ? (m.source === 'knowledge-base' ? 'descriptor' : 'appositive') : plain;

  /** The last person named before `at`, outside quotes: who "he" or "she" is. */
  const antecedent = (at: number) => mentions.filter((m) => m.end <= at).at(-1);

  const credit = (speaker: string, rule: AttributionRule, evidence: Span): Credit => ({ speaker, attribution: { rule, evidence } });

  /** Subject-and-verb pairs in [from, to): "al-Araji said", "The Iraqi national security adviser also praised", "He also said". */
  function pairs(from: number, to: number, plain: AttributionRule): Credit[] {
    const found: Credit[] = [];
    const region = text.slice(from, to);
    for (const verb of region.matchAll(speechVerb)) {
      const at = from + verb.index;
      if (inside(at)) continue;
      const end = at + verb[0].length;
      const subject = mentions.filter((m) => m.end <= at && m.start >= from && subjectGap.test(text.slice(m.end, at))).at(-1);
      if (subject) {
        found.push(credit(subject.person, ruleFor(subject, plain), span(text, subject.start, end)));
        continue;
      }
      const pronoun = pronounBefore.exec(text.slice(Math.max(from, at - 40), at));
      if (pronoun) {
        const start = at - pronoun[0].length;
        const person = antecedent(start);
        if (person) found.push(credit(person.person, 'pronoun', span(text, start, start + pronoun[1]!.length)));
        continue;
      }
      const object = mentions.find((m) => m.start >= end && m.start < to && verbGap.test(text.slice(end, m.start)));
      if (object) found.push(credit(object.person, ruleFor(object, plain), span(text, at, object.end)));
    }
    return found;
  }

  const sentenceAt = (at: number) => sentences[rangeAt(sentences, at)] ?? { start: at, end: at };
  const credits: (Credit | null)[] = [];

  quotes.forEach((quote, index) => {
    const after = sentenceAt(quote.close);
    const before = sentenceAt(quote.open);
    // The words right after the closing mark: `,” Demirel said`, `,” said Demirel`, `,” according to Bright`.
    const tail = text.slice(quote.close + 1, after.end);
    const lead = /^[\s,]*/u.exec(tail)![0].length;
    const afterStart = quote.close + 1 + lead;
    const according = /^according to\s+/iu.exec(text.slice(afterStart, afterStart + 20));
    if (according) {
      const who = mentions.find((m) => m.start === afterStart + according[0].length);
      if (who) return credits.push(credit(who.person, 'according-to', span(text, afterStart, who.end)));
    }
    const pronoun = pronounAfter.exec(text.slice(quote.close + 1, quote.close + 12));
    if (pronoun && new RegExp(`^\\s+(?:${SPEECH})`, 'u').test(text.slice(quote.close + 1 + pronoun[0].length))) {
      const start = quote.close + 1 + pronoun[0].length - pronoun[1]!.length;
      const person = antecedent(quote.open);
      if (person) return credits.push(credit(person.person, 'pronoun', span(text, start, start + pronoun[1]!.length)));
    }
    // `,” the company's spokesman, Olumide Adeyemi, told`: a description right after the quote,
    // then its person's name and verb.
    const described = mentions.find((m) => m.start === afterStart && m.via === 'descriptor');
    const afterPairs = pairs(afterStart, Math.min(after.end, afterStart + 120), 'said-after').filter(
      (c) => c.attribution.evidence!.start === afterStart || c.speaker === described?.person,
    );
    const saidAfter = afterPairs[0];
    if (saidAfter) {
      const evidence = span(text, afterStart, saidAfter.attribution.evidence!.end);
      return credits.push({ ...saidAfter, attribution: { ...saidAfter.attribution, evidence } });
    }
    // `,” chief executive Petra Lindqvist said` / `,” Lindiwe Mokoena, the UN's coordinator, told`:
    // a name after a lower-case role, then its verb after an optional appositive.
    const named = mentions.find(
      (m) => m.via !== 'descriptor' && m.start >= afterStart && m.start <= afterStart + 40 && /^[\p{Ll} -]*$/u.test(text.slice(afterStart, m.start)),
    );
    const verb = named && afterAppositive.exec(text.slice(named.end, Math.min(after.end, named.end + 140)));
    if (named && verb) return credits.push(credit(named.person, 'said-after', span(text, named.start, named.end + verb[0].length)));

    // Before the quote, in its sentence.
    const lastClose = quotes.filter((q) => q.close < quote.open).at(-1)?.close ?? -1;
    const from = Math.max(before.start, lastClose + 1);
    const leadIn = text.slice(from, quote.open);
    if (/\b(?:saying|adding)\b/u.test(leadIn)) {
      const subject = mentions.find((m) => m.start >= before.start && m.end <= quote.open);
      const he = /(?<![\p{L}])(He|She|They)(?![\p{L}])/u.exec(text.slice(before.start, quote.open));
      if (he && (!subject || before.start + he.index < subject.start)) {
        const start = before.start + he.index;
        const person = antecedent(start);
        if (person) return credits.push(credit(person.person, 'pronoun', span(text, start, start + he[1]!.length)));
      }
      if (subject) return credits.push(credit(subject.person, ruleFor(subject, 'saying'), span(text, subject.start, subject.end)));
    }
    const beforePairs = pairs(from, quote.open, 'said-before');
    if (beforePairs.length) return credits.push(beforePairs.at(-1)!);

    // A quote that stands alone continues the nearest speaker before it (up to three sentences back).
    if (leadIn.trim() === '') {
      const first = rangeAt(sentences, quote.open);
      for (let s = first - 1; s >= Math.max(0, first - 3); s--) {
        const sentence = sentences[s]!;
        const previous = quotes.slice(0, index).filter((q) => q.close >= sentence.start && q.close < sentence.end).at(-1);
        const candidates: Credit[] = [...pairs(sentence.start, sentence.end, 'said-before')];
        if (previous) {
          const earlier = credits[quotes.indexOf(previous)];
          if (earlier) candidates.push({ ...earlier, attribution: { ...earlier.attribution } });
        }
        const nearest = candidates.sort((a, b) => (a.attribution.evidence?.start ?? 0) - (b.attribution.evidence?.start ?? 0)).at(-1);
        if (nearest) {
          return credits.push({ speaker: nearest.speaker, attribution: { rule: 'continuation', evidence: nearest.attribution.evidence } });
        }
      }
    }
    return credits.push(null);
  });
  return credits;
}
