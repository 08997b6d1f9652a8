import { expect, it } from 'vitest';
import { readingMinutes } from '../../src/reading-time';

it('counts about 230 words a minute, at least one minute', () => {
  expect(readingMinutes('')).toBe(1);
  expect(readingMinutes('word '.repeat(230))).toBe(1);
  expect(readingMinutes('word '.repeat(231))).toBe(2);
  expect(readingMinutes('word\n\n'.repeat(690))).toBe(3);
});
