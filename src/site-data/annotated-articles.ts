/**
 * Every article with its annotator findings, and the people, countries and organisations they
 * mention across the site: the data of entity pages and cards. Astro renders each entry once and
 * keeps the result, so calling `render` again here is cheap.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { countryByCode, type Country } from '../annotate/find-countries.ts';
import type { KnowledgeBase, Organization, Person } from '../annotate/knowledge-base.ts';
import { loadKnowledgeBase } from '../annotate/load-knowledge-base.ts';
import type { Findings, PersonFinding, QuoteFinding } from '../annotate/types.ts';

export interface AnnotatedArticle {
  article: CollectionEntry<'articles'>;
  findings: Findings;
}

const emptyFindings = (): Findings => ({ people: [], countries: [], capitals: [], organizations: [], dates: [], quotes: [] });

let cache: Promise<AnnotatedArticle[]> | undefined;

export function annotatedArticles(): Promise<AnnotatedArticle[]> {
  cache ??= (async () => {
    const articles = (await getCollection('articles')).sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
    return Promise.all(
      articles.map(async (article) => {
        const { remarkPluginFrontmatter } = await render(article);
        const findings = (remarkPluginFrontmatter['annotations'] as Findings | undefined) ?? emptyFindings();
        return { article, findings };
      }),
    );
  })();
  return cache;
}

let knowledgeBase: KnowledgeBase | undefined;
export const siteKnowledgeBase = () => (knowledgeBase ??= loadKnowledgeBase());

export interface PersonProfile {
  id: string;
  name: string;
  /** The knowledge-base entry; absent for people found automatically. */
  entry?: Person;
  /** Every article that mentions the person, with the person's finding and quotes there. */
  appearances: { article: CollectionEntry<'articles'>; finding: PersonFinding; quotes: QuoteFinding[] }[];
}

export async function peopleProfiles(): Promise<PersonProfile[]> {
  const kb = siteKnowledgeBase();
  const profiles = new Map<string, PersonProfile>();
  for (const { article, findings } of await annotatedArticles()) {
    for (const finding of findings.people) {
      const entry = kb.people.find((p) => p.id === finding.id);
      const profile = profiles.get(finding.id) ?? { id: finding.id, name: entry?.name ?? finding.name, ...(entry ? { entry } : {}), appearances: [] };
      profile.appearances.push({ article, finding, quotes: findings.quotes.filter((q) => q.speaker === finding.id) });
      profiles.set(finding.id, profile);
    }
  }
  return [...profiles.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export interface CountryProfile {
  country: Country;
  /** Articles that mention the country or its capital, with the number of mentions in each. */
  appearances: { article: CollectionEntry<'articles'>; mentions: number }[];
}

export async function countryProfiles(): Promise<CountryProfile[]> {
  const profiles = new Map<string, CountryProfile>();
  for (const { article, findings } of await annotatedArticles()) {
    const counts = new Map<string, number>();
    for (const c of [...findings.countries, ...findings.capitals]) counts.set(c.code, (counts.get(c.code) ?? 0) + c.mentions.length);
    for (const [code, mentions] of counts) {
      const country = countryByCode.get(code);
      if (!country) continue;
      const profile = profiles.get(code) ?? { country, appearances: [] };
      profile.appearances.push({ article, mentions });
      profiles.set(code, profile);
    }
  }
  return [...profiles.values()].sort((a, b) => a.country.name.localeCompare(b.country.name));
}

export interface OrganizationProfile {
  entry: Organization;
  appearances: { article: CollectionEntry<'articles'>; mentions: number }[];
}

export async function organizationProfiles(): Promise<OrganizationProfile[]> {
  const kb = siteKnowledgeBase();
  const all = await annotatedArticles();
  return kb.organizations
    .map((entry) => ({
      entry,
      appearances: all.flatMap(({ article, findings }) => {
        const found = findings.organizations.find((o) => o.id === entry.id);
        return found ? [{ article, mentions: found.mentions.length }] : [];
      }),
    }))
    .filter((profile) => profile.appearances.length > 0)
    .sort((a, b) => a.entry.name.localeCompare(b.entry.name));
}
