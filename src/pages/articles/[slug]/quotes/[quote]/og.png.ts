import type { APIRoute, GetStaticPaths } from 'astro';
import { annotatedArticles } from '../../../../../site-data/annotated-articles';
import { quoteContexts } from '../../../../../site-data/article-quotes';
import { renderPreview } from '../../../../../share/preview-image';
import { t } from '../../../../../i18n/strings';

export const getStaticPaths = (async () =>
  (await annotatedArticles()).flatMap(({ article, findings }) =>
    quoteContexts(article, findings).flatMap((context) =>
      [context.quote.id, ...(context.quote.aliases ?? [])].map((quote) => ({ params: { slug: article.id, quote }, props: { article, context } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { article, context } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const date = new Intl.DateTimeFormat(article.data.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(article.data.published);
  const png = await renderPreview({
    kind: 'quote',
    main: context.quote.plainText,
    byline: [context.speakerName ?? t('quote.unknownSpeaker'), context.speakerRole].filter(Boolean).join(', '),
    footer: `${article.data.source.name} · ${date}`,
    site: t('site.name'),
  });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
