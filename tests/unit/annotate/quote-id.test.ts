import { describe, expect, it } from 'vitest';
import { quoteId, quoteIds } from '../../../src/annotate/quote-id';

describe('quote ids', () => {
  it('are a slug of the first words and a hash of the normalised text', () => {
    expect(quoteId('There is credible information that the Americans are trying')).toMatch(
      /^q-there-is-credible-information-that-the-[0-9a-z]{7}$/u,
    );
  });

  it('ignore apostrophe style, quote marks, case and white space', () => {
    expect(quoteId('Iran’s continuous  progress')).toBe(quoteId("iran's continuous progress"));
    expect(quoteId('“Iran’s continuous progress”')).toBe(quoteId('Iran’s continuous progress'));
  });

  it('change when the words change', () => {
    expect(quoteId('executive measures are being taken')).not.toBe(quoteId('executive measures are taken'));
  });

  it('depend on nothing but the quote, and number repeats in order', () => {
    const a = 'The necessary coordination have been taken';
    expect(quoteIds(['x y z', a])[1]).toBe(quoteIds([a])[0]);
    expect(quoteIds([a, 'other', a])).toEqual([quoteId(a), quoteId('other'), `${quoteId(a)}-2`]);
  });
});
