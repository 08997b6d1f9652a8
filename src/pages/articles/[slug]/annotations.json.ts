import type { APIRoute, GetStaticPaths } from 'astro';
import { analysisTextOf } from '../../../annotate/analysis-text';
import { annotatedArticles } from '../../../site-data/annotated-articles';
import { absoluteUrl } from '../../../site-data/article-quotes';
import { webAnnotations } from '../../../share/web-annotations';

export const getStaticPaths = (async () =>
  (await annotatedArticles()).map(({ article, findings }) => ({ params: { slug: article.id }, props: { article, findings } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { article, findings } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const collection = webAnnotations(
    findings,
    analysisTextOf(article.body ?? ''),
    {
      article: absoluteUrl(`articles/${article.id}/`, site),
      collection: absoluteUrl(`articles/${article.id}/annotations.json`, site),
      entity: (kind, id) => absoluteUrl(`${kind === 'person' ? 'people' : kind === 'country' ? 'countries' : 'organizations'}/${id}/`, site),
    },
    article.data.title,
  );
  return new Response(JSON.stringify(collection, null, 2), { headers: { 'Content-Type': 'application/ld+json' } });
};
