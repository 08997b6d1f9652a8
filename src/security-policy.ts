/**
 * The Content-Security-Policy of every page: only the site's own scripts (no inline script; Astro
 * is configured never to inline them), styles, images and fonts. Shipped twice: as a `<meta>` in
 * the layout (any static host) and in `public/_headers` (Netlify, Cloudflare Pages), where
 * `frame-ancestors` also works; a unit test keeps the two the same.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
