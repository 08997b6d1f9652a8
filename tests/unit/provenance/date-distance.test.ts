import { describe, expect, it } from 'vitest';
import { dateDistance } from '../../../src/provenance/date-distance.ts';

const published = new Date('2021-04-12');

describe('dateDistance', () => {
  it.each([
    ['2021-04-12', 'day', 'the day of this article'],
    ['2020-01-03', 'day', '1 year, 3 months before this article'],
    ['2021-04-09', 'day', '3 days before this article'],
    ['2021-04-19', 'day', '7 days after this article'],
    ['2021-02-10', 'day', '2 months, 2 days before this article'],
    ['2019', 'year', '2 years before this article'],
    ['2021-06', 'month', '2 months after this article'],
    ['2021', 'year', 'when this article was published'],
  ] as const)('%s (%s) is "%s"', (value, granularity, expected) => {
    expect(dateDistance(value, granularity, published)).toBe(expected);
  });
});
