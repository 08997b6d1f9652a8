import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';

// ARTICLES_DIR lets the test suite build fixture sites (a broken article, odd articles)
// with the same code; a normal build reads `content/articles/`.
const articlesDir = process.env.ARTICLES_DIR ?? './content/articles';

const articles = defineCollection({
  loader: glob({ base: articlesDir, pattern: '**/*.md' }),
  schema: articleSchema,
});

export const collections = { articles };
