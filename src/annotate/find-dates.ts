/**
 * Dates, found by chrono-node and resolved against the article's publication date with the
 * newspaper convention: a bare weekday or month is the most recent one on or before publication,
 * unless its sentence speaks of the future ("will", "next", "expected", "promised") or it is a
 * deadline ("until April", "by June"), then the next one. "last September" is the one before.
 * chrono misses bare years ("in 2019", "between 1990 and 2020"); a rule adds those. Durations
 * ("for two years"), times of day ("at 3 pm") and spans counted from an event ("two days after
 * the company said") are not dates. Without a publication date, only dates the text states in
 * full are kept: nothing is guessed.
 */
import * as chrono from 'chrono-node';
import { rangeAt, sentencesOf, type Range } from './sentences.ts';
import type { DateFinding, DateGranularity, DatePart } from './types.ts';

const FUTURE =
  /\b(?:will|won['’]t|shall|would|going to|is to|are to|expects?|expected|plans?|planned|scheduled|next|upcoming|coming|due|intends?|promise[sd]?|pledge[sd]?|vow(?:s|ed)?)\b|['’]ll\b/iu;
/** A deadline: "to last until April", "to end the subsidy by June" look ahead. */
const DEADLINE = /\b(?:until|till|by)\s+$/iu;
/** "three months after Uganda announced…": counted from an event, not a date we can name. */
const AFTER_AN_EVENT = /^\s+[\p{L}\p{N}]/u;
const RELATIVE = /\b(?:ago|last|next|this|yesterday|today|tomorrow|later|earlier|coming|past|previous)\b/iu;
const COUNTED_FROM_PREVIOUS = /\b(?:later|earlier|after|before)$/iu;
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|until|till|during|of|before|after|around|about)\s+/iu;
const DURATION = /^(?:for|within|over|throughout)\s/iu;
const MONTH_MODIFIER = /(?<![\p{L}])(last|next|this)\s+$/iu;
const BARE_YEAR =
  /\b(?:in|since|by|until|till|from|of|before|after|during|early|late|mid|between|around|spring|summer|autumn|fall|winter)\s+((?:1[89]\d\d|20\d\d))\b(?!\s*(?:[-–]\s*\d|%))/giu;
const YEAR_RANGE = /\bbetween\s+(?:1[89]|20)\d\d\s+and\s+((?:1[89]|20)\d\d)\b/gu;

const pad = (n: number) => String(n).padStart(2, '0');
const DAY = 86_400_000;

interface Ymd {
  year: number;
  month: number;
  day: number;
}

const utc = ({ year, month, day }: Ymd) => Date.UTC(year, month - 1, day);
const fromUtc = (ms: number): Ymd => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

function valueOf(date: Ymd, granularity: DateGranularity): string {
  if (granularity === 'year') return String(date.year);
  if (granularity === 'month') return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

const needed: Record<DateGranularity, DatePart[]> = {
  day: ['year', 'month', 'day'],
  month: ['year', 'month'],
  year: ['year'],
};

/**
 * The words that set a date's tense: its clause up to the date ("Turkey would host a second round
 * in April"), or, for a date that opens its sentence, the rest of the sentence ("On Monday, he will…").
 */
function tenseWindow(text: string, sentences: Range[], start: number, end: number): string {
  const index = rangeAt(sentences, start);
  const sentence = index === -1 ? { start: Math.max(0, start - 120), end: end + 120 } : sentences[index]!;
  const before = text.slice(sentence.start, start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  return /^\s*(?:\p{L}+\s*)?$/u.test(before) ? text.slice(end, sentence.end) : clause;
}

export function findDates(text: string, published?: Date, sentences: Range[] = sentencesOf(text)): DateFinding[] {
  const reference = published ?? new Date(Date.UTC(2000, 0, 1, 12));
  const pub: Ymd = { year: reference.getUTCFullYear(), month: reference.getUTCMonth() + 1, day: reference.getUTCDate() };
  const findings: DateFinding[] = [];
  let previous: Ymd | undefined;

  for (const result of chrono.parse(text, { instant: new Date(utc(pub) + DAY / 2), timezone: 0 })) {
    let written = result.text;
    let start = result.index;
    if (DURATION.test(written) || /\bweeks?\b|^now$/iu.test(written)) continue;
    written = written.replace(/[\s,.;:]+$/u, '');
    const preposition = LEADING_PREPOSITION.exec(written);
    if (preposition) {
      written = written.slice(preposition[0].length);
      start += preposition[0].length;
    }
    const c = result.start;
    const certain = (part: 'year' | 'month' | 'day' | 'weekday') => c.isCertain(part);
    if (!certain('year') && !certain('month') && !certain('day') && !certain('weekday')) continue; // a time of day

    // chrono reads "last September" as "September": the word before it sets the year, and belongs to the date.
    const modifier = certain('month') && !certain('year') ? MONTH_MODIFIER.exec(text.slice(Math.max(0, start - 6), start)) : null;
    if (modifier) {
      start -= modifier[0].length;
      written = text.slice(start, start + modifier[0].length + written.length);
    }
    const relative = RELATIVE.test(written) && !modifier;
    let date: Ymd = { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
    if (/(?:after|before)$/iu.test(written) && AFTER_AN_EVENT.test(text.slice(start + written.length))) continue;
    if (COUNTED_FROM_PREVIOUS.test(written) && previous) {
      // "two days later" counts from the date the story last mentioned, not from publication.
      const recount = chrono.parse(written, { instant: new Date(utc(previous) + DAY / 2), timezone: 0 })[0];
      if (recount) date = { year: recount.start.get('year')!, month: recount.start.get('month')!, day: recount.start.get('day')! };
    }
    const monthWord = modifier?.[1]!.toLowerCase();
    const future =
      monthWord === 'next' ||
      (monthWord !== 'last' && (FUTURE.test(tenseWindow(text, sentences, start, start + written.length)) || DEADLINE.test(text.slice(Math.max(0, start - 8), start))));

    if (certain('weekday') && !certain('day') && !relative) {
      const weekday = c.get('weekday')!;
      const pubWeekday = new Date(utc(pub)).getUTCDay();
      const back = (pubWeekday - weekday + 7) % 7;
      date = fromUtc(future ? utc(pub) + ((weekday - pubWeekday + 7) % 7 || 7) * DAY : utc(pub) - back * DAY);
    } else if (certain('month') && !certain('year') && !relative) {
      const day = certain('day') ? date.day : 1;
      const later = date.month * 100 + day > pub.month * 100 + (certain('day') ? pub.day : 1);
      const earlier = date.month * 100 + day < pub.month * 100 + (certain('day') ? pub.day : 1);
      date = {
        ...date,
        year:
          monthWord === 'this' ? pub.year
          : monthWord === 'last' ? (later || !earlier ? pub.year - 1 : pub.year)
          : future ? (earlier || (monthWord === 'next' && !later) ? pub.year + 1 : pub.year)
          : later ? pub.year - 1
          : pub.year,
      };
    }

    const known = (c as unknown as { knownValues: Record<string, number> }).knownValues;
    const granularity: DateGranularity =
      'day' in known || 'weekday' in known ? 'day' : 'month' in known ? 'month' : 'year';
    const stated: DatePart[] = relative
      ? certain('weekday') && /day\b/iu.test(written) && !/yesterday|today|tomorrow/iu.test(written)
        ? ['weekday']
        : []
      : (['year', 'month', 'day', 'weekday'] as const).filter((part) => certain(part));
    const inferred = needed[granularity].filter((part) => !stated.includes(part));
    if (!published && inferred.length > 0) continue;

    findings.push({ text: written, start, end: start + written.length, value: valueOf(date, granularity), granularity, stated, inferred });
    previous = date;
  }

  const covered = (s: number, e: number) => findings.some((f) => f.start < e && s < f.end);
  for (const regex of [BARE_YEAR, YEAR_RANGE]) {
    for (const match of text.matchAll(regex)) {
      const year = match[1]!;
      const start = match.index + match[0].length - year.length;
      if (covered(start, start + 4)) continue;
      findings.push({ text: year, start, end: start + 4, value: year, granularity: 'year', stated: ['year'], inferred: [] });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
