import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/security-policy.ts';

const headers = readFileSync('public/_headers', 'utf8');
const header = (name: string) => new RegExp(`^\\s+${name}: (.+)$`, 'mu').exec(headers)?.[1];

describe('security headers for static hosts', () => {
  it('ship the same Content-Security-Policy as the pages’ <meta>, plus frame-ancestors', () => {
    expect(header('Content-Security-Policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('allow no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('set nosniff, a referrer policy and a permissions policy', () => {
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(header('Permissions-Policy')).toContain('camera=()');
  });
});
