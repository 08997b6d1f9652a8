import { z } from 'astro/zod';
import { correctionsSchema } from '../annotate/corrections.ts';

const httpsOrHttpUrl = z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' });

/** Frontmatter of an article in `content/articles/*.md`. */
export const articleSchema = z.object({
  title: z.string({ error: 'expected the headline as text' }).min(1, 'expected a non-empty headline'),
  /** Whether the headline was written by our editors (the agency's text had none). */
  titleByEditor: z.boolean().default(false),
  published: z.coerce.date({ error: 'expected a date such as 2021-04-12' }),
  dek: z.string().optional(),
  dateline: z.string().optional(),
  credit: z.string().optional(),
  source: z.object(
    { name: z.string({ error: 'expected the publisher’s name as text' }).min(1), url: httpsOrHttpUrl.optional() },
    { error: 'expected `source:` with a `name:` (and optionally a `url:`)' },
  ),
  license: z.object(
    { name: z.string({ error: 'expected the licence name as text, e.g. CC BY 4.0' }).min(1), url: httpsOrHttpUrl },
    { error: 'expected `license:` with a `name:` and a `url:`' },
  ),
  lang: z.string().default('en'),
  /** Editor corrections to the automatic annotations (see src/annotate/corrections.ts). */
  corrections: correctionsSchema.optional(),
});

export type ArticleInput = z.input<typeof articleSchema>;
export type ArticleData = z.output<typeof articleSchema>;
