import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/site-paths';

describe('withBase', () => {
  it('joins a path to the root base', () => {
    expect(withBase('/articles/a/', '/')).toBe('/articles/a/');
    expect(withBase('/', '/')).toBe('/');
  });
  it('keeps links inside a sub-folder base, with or without its trailing slash', () => {
    expect(withBase('/articles/a/', '/reader/')).toBe('/reader/articles/a/');
    expect(withBase('articles/a/', '/reader')).toBe('/reader/articles/a/');
    expect(withBase('/', '/reader/')).toBe('/reader/');
  });
});
