/**
 * Plain-language provenance for cards (issue 7): how a speaker, a date or a person was found, from
 * the findings' `attribution`, `stated`/`inferred` and `known`/`source` fields. Pure, so the wording
 * is unit-tested; every phrase comes from src/i18n/en.json.
 */
import { t } from '../i18n/strings.ts';
import { rangeAt, sentencesOf } from '../annotate/sentences.ts';
import type { DateFinding, DatePart, Mention, PersonFinding, QuoteFinding } from '../annotate/types.ts';

const snippet = (text: string, words = 3) => {
  const parts = text.trim().split(/\s+/u);
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : parts.join(' ');
};

/** Sentences between two offsets: 0 = same sentence, 1 = the previous sentence, more = earlier. */
function sentencesBetween(body: string, from: number, to: number): number {
  const sentences = sentencesOf(body);
  return rangeAt(sentences, to) - rangeAt(sentences, from);
}

function antecedent(speaker: PersonFinding, before: number): Mention | undefined {
  return speaker.mentions.filter((m) => m.end <= before && m.via !== 'descriptor').at(-1);
}

/** "Said by Qasim al-Araji — ‘He’ in ‘He also said…’ refers to al-Araji, named in the previous sentence." */
export function explainAttribution(quote: QuoteFinding, people: readonly PersonFinding[], body: string): string {
  const speaker = people.find((p) => p.id === quote.speaker);
  const { rule, evidence } = quote.attribution;
  if (!speaker || rule === 'unattributed') return t('provenance.quote.unattributed');
  const name = speaker.name;
  if (rule === 'editor') return t('provenance.quote.editor', { name });
  if (!evidence) return t('provenance.quote.rule', { name, rule });
  switch (rule) {
    case 'pronoun': {
      const earlier = antecedent(speaker, evidence.start);
      const where = earlier ? sentencesBetween(body, earlier.end, evidence.start) : 2;
      return t('provenance.quote.pronoun', {
        name,
        pronoun: evidence.text,
        sentence: snippet(body.slice(evidence.start, evidence.start + 80)),
        antecedent: earlier?.text ?? name,
        where: t(where === 0 ? 'provenance.where.same' : where === 1 ? 'provenance.where.previous' : 'provenance.where.earlier'),
      });
    }
    case 'continuation':
      return t('provenance.quote.continuation', { name, evidence: snippet(evidence.text, 8) });
    case 'descriptor':
    case 'appositive':
      return t(`provenance.quote.${rule}`, { name, evidence: evidence.text, description: speaker.description ?? evidence.text });
    default:
      return t('provenance.quote.direct', { name, evidence: evidence.text });
  }
}

const partNames: Record<DatePart, string> = { weekday: 'weekday', day: 'day', month: 'month', year: 'year' };
const order: DatePart[] = ['weekday', 'day', 'month', 'year'];

function listParts(parts: readonly DatePart[]): string {
  const names = order.filter((p) => parts.includes(p)).map((p) => partNames[p]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A date at its granularity, in full: "Monday, April 12, 2021", "April 2021", "2021". */
export function formatFullDate(value: string, lang = 'en'): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day !== undefined ? { dateStyle: 'full' } : month !== undefined ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(date);
}

/** "Monday → Monday, April 12, 2021 (the weekday is stated; the day, month and year are inferred from the article’s date)" */
export function explainDate(date: DateFinding, lang = 'en'): string {
  const full = formatFullDate(date.value, lang);
  const stated = listParts(date.stated);
  const inferred = listParts(date.inferred);
  const how =
    date.inferred.length === 0
      ? t('provenance.date.allStated')
      : date.stated.length === 0
        ? t('provenance.date.allInferred')
        : t('provenance.date.mixed', {
            stated,
            statedVerb: date.stated.length === 1 ? 'is' : 'are',
            inferred,
            inferredVerb: date.inferred.length === 1 ? 'is' : 'are',
          });
  return t('provenance.date', { text: date.text, full, how });
}

/** Whether a person's card rests on reviewed data. */
export function explainPerson(person: PersonFinding): string {
  if (person.mentions.some((m) => m.source === 'editor')) return t('provenance.person.editor');
  return t(person.known ? 'provenance.person.known' : 'provenance.person.automatic');
}
