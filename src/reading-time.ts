/** Words a minute for news prose, the figure most reading-time estimators use. */
const WORDS_PER_MINUTE = 230;

export function readingMinutes(text: string): number {
  const words = text.trim().split(/\s+/u).filter(Boolean).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
