import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { t } from '../i18n/strings';
import { articlePath } from '../site-paths';

export const GET: APIRoute = async ({ site }) => {
  const articles = (await getCollection('articles')).sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
  return rss({
    title: t('site.name'),
    description: t('site.description'),
    site: site!,
    trailingSlash: true,
    items: articles.map((article) => ({
      title: article.data.title,
      pubDate: article.data.published,
      description: article.data.dek ?? (article.body ?? '').slice(0, 280),
      link: articlePath(article.id),
      author: article.data.source.name,
    })),
  });
};
