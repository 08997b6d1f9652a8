import type { DateFinding } from '../../annotate/types';

/** One date per ISO value, in time order: the article's timeline. */
export function distinctDates(dates: readonly DateFinding[]): DateFinding[] {
  const byValue = new Map<string, DateFinding>();
  for (const date of dates) if (!byValue.has(date.value)) byValue.set(date.value, date);
  return [...byValue.values()].sort((a, b) => a.value.localeCompare(b.value));
}
