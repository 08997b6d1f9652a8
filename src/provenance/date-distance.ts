/**
 * How far a date in the story is from the article's own date, in the words a reader uses:
 * "1 year, 3 months before this article", "2 days after this article", "the article's date".
 * Calendar arithmetic on UTC days; a month or year date counts at its own granularity.
 */
import type { DateGranularity } from '../annotate/types.ts';
import { t } from '../i18n/strings.ts';

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

export function dateDistance(value: string, granularity: DateGranularity, published: Date): string {
  const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
  const p = { y: published.getUTCFullYear(), m: published.getUTCMonth() + 1, d: published.getUTCDate() };
  let parts: string[];
  let sign: number;
  if (granularity === 'year') {
    sign = Math.sign(y - p.y);
    parts = y === p.y ? [] : [plural(Math.abs(y - p.y), 'year')];
  } else if (granularity === 'month') {
    const months = (y - p.y) * 12 + (m - p.m);
    sign = Math.sign(months);
    const abs = Math.abs(months);
    parts = [abs >= 12 ? plural(Math.floor(abs / 12), 'year') : '', abs % 12 ? plural(abs % 12, 'month') : ''].filter(Boolean);
  } else {
    const a = Date.UTC(y, m - 1, d);
    const b = Date.UTC(p.y, p.m - 1, p.d);
    sign = Math.sign(a - b);
    const [early, late] = a < b ? [new Date(a), new Date(b)] : [new Date(b), new Date(a)];
    let months = (late.getUTCFullYear() - early.getUTCFullYear()) * 12 + (late.getUTCMonth() - early.getUTCMonth());
    if (late.getUTCDate() < early.getUTCDate()) months -= 1;
    const anchor = Date.UTC(early.getUTCFullYear(), early.getUTCMonth() + months, early.getUTCDate());
    const days = Math.round((late.getTime() - anchor) / 86_400_000);
    parts = [
      months >= 12 ? plural(Math.floor(months / 12), 'year') : '',
      months % 12 ? plural(months % 12, 'month') : '',
      // Days only matter within the first months.
      days && months < 3 ? plural(days, 'day') : '',
    ].filter(Boolean);
  }
  if (sign === 0 || parts.length === 0) return t(granularity === 'day' ? 'date.sameDay' : 'date.samePeriod');
  return t(sign < 0 ? 'date.before' : 'date.after', { distance: parts.join(', ') });
}
