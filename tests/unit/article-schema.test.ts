import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article';

const valid = {
  title: 'A headline',
  published: '2021-04-12',
  source: { name: 'Example Wire' },
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

const messages = (input: unknown) => {
  const result = articleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('article frontmatter schema', () => {
  it('accepts a complete article and fills the defaults', () => {
    const data = articleSchema.parse(valid);
    expect(data.published.toISOString().slice(0, 10)).toBe('2021-04-12');
    expect(data.lang).toBe('en');
    expect(data.titleByEditor).toBe(false);
  });

  it('names each wrong field and what was expected', () => {
    expect(messages({ ...valid, published: 'soon' })).toEqual(['published: expected a date such as 2021-04-12']);
    expect(messages({ ...valid, license: undefined })).toEqual(['license: expected `license:` with a `name:` and a `url:`']);
    expect(messages({ ...valid, source: { name: 'X', url: 'javascript:alert(1)' } })).toEqual([
      'source.url: expected an absolute http(s) URL',
    ]);
    expect(messages({ ...valid, title: '' })).toEqual(['title: expected a non-empty headline']);
  });
});
