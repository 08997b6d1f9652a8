/**
 * Direct quotations: “…”, "…", ‘…’, «…», and mixed pairs (an opening " closed by ”). A quote
 * stays within its paragraph, except by the multi-paragraph convention: a paragraph that ends
 * inside a quote and a next paragraph that opens with a quote mark continue one quotation. A stray
 * opening mark with no close is no quote (never a run-away quote across the article). An
 * apostrophe (Iran’s, don’t, the ’90s) never closes a quote; a quote inside a quote counts once.
 */
import type { Range } from './sentences.ts';

export interface QuoteSpan {
  /** Offset of the opening quote mark. */
  open: number;
  /** Offset of the closing quote mark. */
  close: number;
}

const CLOSERS: Record<string, string> = { '“': '”"', '"': '"”', '«': '»', '‘': '’', '„': '“”' };

const isSpace = (char: string | undefined) => char === undefined || /\s/u.test(char);
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

function opensAt(text: string, at: number, paragraphStart: number): boolean {
  const before = at === paragraphStart ? undefined : text[at - 1];
  return (isSpace(before) || /[([{—–\-/:;]/u.test(before!)) && !isSpace(text[at + 1]);
}

function closesAt(text: string, at: number, family: string): boolean {
  const char = text[at]!;
  if (!CLOSERS[family]!.includes(char)) return false;
  if (char === '"' || char === '’') {
    // A straight quote closes after a word; ’ between letters is an apostrophe.
    if (isSpace(text[at - 1])) return false;
    if (char === '’' && isWordChar(text[at + 1])) return false;
  }
  return true;
}

/** The close of a quote opened at `open`, within `[open, end)`; -1 if none. */
function closeWithin(text: string, open: number, end: number, paragraphStart: number): number {
  const family = text[open]!;
  for (let at = open + 1; at < end; at++) {
    if (closesAt(text, at, family)) return at;
    // The same opening mark again before any close: the first one was stray.
    if (text[at] === family && family !== '"' && opensAt(text, at, paragraphStart)) return -1;
  }
  return -1;
}

export function findQuoteSpans(text: string, paragraphs: readonly Range[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let p = 0;
  let at = paragraphs[0]?.start ?? 0;
  while (p < paragraphs.length) {
    const paragraph = paragraphs[p]!;
    if (at >= paragraph.end) {
      p += 1;
      at = paragraphs[p]?.start ?? 0;
      continue;
    }
    if (text[at]! in CLOSERS && opensAt(text, at, paragraph.start)) {
      let close = closeWithin(text, at, paragraph.end, paragraph.start);
      let last = p;
      // Multi-paragraph convention: carry on while each next paragraph reopens the quote.
      while (close === -1 && last + 1 < paragraphs.length && text[paragraphs[last + 1]!.start]! in CLOSERS) {
        last += 1;
        const next = paragraphs[last]!;
        close = closeWithin(text, next.start, next.end, next.start);
      }
      if (close !== -1) {
        spans.push({ open: at, close });
        p = last;
        at = close + 1;
        continue;
      }
    }
    at += 1;
  }
  return spans;
}
