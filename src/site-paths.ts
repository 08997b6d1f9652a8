/**
 * Every internal link goes through `withBase`, so a build with `BASE_PATH=/reader/` keeps all
 * links and assets inside `/reader/`.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export const articlePath = (slug: string) => withBase(`articles/${slug}/`);
