/**
 * Sentence and paragraph boundaries in the analysis text, for detectors that reason within a
 * sentence (speaker attribution, the tense around a date). Abbreviations such as "Dr." and
 * initialisms such as "U.S." do not end a sentence.
 */
import type { Span } from './types.ts';

export interface Range {
  start: number;
  end: number;
}

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|Sen|Rep|Gov|St|Jr|Sr|No|Vol|Rev|Hon|Maj|Brig|Adm|Cmdr|Gov|Pres|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Inc|Corp|Ltd|Co|vs|etc)|\b\p{Lu}(?:\.\p{Lu})*)$/u;

/** Paragraphs: runs of text separated by a blank line (the analysis text keeps Markdown's newlines). */
export function paragraphsOf(text: string): Range[] {
  const ranges: Range[] = [];
  const separator = /\n[ \t]*\n\s*/gu;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length && text.slice(start).trim()) ranges.push({ start, end: text.length });
  return ranges.map((r) => trimRange(text, r)).filter((r) => r.end > r.start);
}

function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Sentences within each paragraph: a sentence ends at . ! or ? (with any closing quote mark after
 * it) followed by white space and an upper-case letter, a digit or an opening quote mark.
 */
export function sentencesOf(text: string, paragraphs: Range[] = paragraphsOf(text)): Range[] {
  const sentences: Range[] = [];
  for (const paragraph of paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    let start = 0;
    for (const match of body.matchAll(/[.!?]["”’»']*(?=\s+["“‘«']?[\p{Lu}\p{N}])/gu)) {
      const before = body.slice(start, match.index);
      if (match[0].startsWith('.') && ABBREVIATION.test(before)) continue;
      const end = match.index + match[0].length;
      sentences.push(trimRange(text, { start: paragraph.start + start, end: paragraph.start + end }));
      start = end;
    }
    sentences.push(trimRange(text, { start: paragraph.start + start, end: paragraph.end }));
  }
  return sentences.filter((s) => s.end > s.start);
}

/** The range containing `offset`, by binary search over sorted, disjoint ranges. */
export function rangeAt(ranges: readonly Range[], offset: number): number {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const range = ranges[mid]!;
    if (offset < range.start) high = mid - 1;
    else if (offset >= range.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

export const spanOf = (text: string, start: number, end: number): Span => ({ text: text.slice(start, end), start, end });
