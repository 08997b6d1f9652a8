import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderPreview } from '../../../share/preview-image';
import { t } from '../../../i18n/strings';

export const getStaticPaths = (async () =>
  (await getCollection('articles')).map((article) => ({ params: { slug: article.id }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { article } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const date = new Intl.DateTimeFormat(article.data.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(article.data.published);
  const png = await renderPreview({ kind: 'article', main: article.data.title, footer: `${article.data.source.name} · ${date}`, site: t('site.name') });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
