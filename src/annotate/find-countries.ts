/**
 * Countries and capitals, from the maintained country-data package world-countries (names,
 * official names, alternative spellings, demonyms, capitals; ODbL-1.0) plus the few news-style
 * short forms it lacks (`data/country-forms.json`).
 *
 * Rules against false countries: matching is case-sensitive (no country in "us"); two-letter
 * spellings only from the short-form list (byline initials "SA/PA" are not Saudi Arabia and
 * Panama); a country or capital name directly followed or preceded by another capitalised word is
 * part of a longer proper name ("Georgia Tech", "Jordan Lee", "George Washington", "New Mexico");
 * an all-capitals form counts only for names of five letters or more (datelines: "TEHRAN —").
 */
import countries from 'world-countries/countries.json' with { type: 'json' };
import extra from './data/country-forms.json' with { type: 'json' };
import { FormMatcher, withoutPossessive } from './match-forms.ts';
import type { CapitalFinding, CountryFinding, Mention, MentionVia } from './types.ts';

interface Form {
  code: string;
  via: MentionVia;
  /** A capital city's name, for capital forms. */
  capital?: string;
  /** Demonyms and people-nouns are adjectives or common nouns: a capitalised neighbour is normal. */
  adjective?: boolean;
}

export interface Country {
  code: string;
  name: string;
  officialName: string;
  capital: string | undefined;
  region: string;
  subregion: string;
  flag: string;
  /** ISO 3166-1 numeric, the id used by Natural Earth / world-atlas shapes. */
  numeric: string;
}

export const countryByCode = new Map<string, Country>(
  countries.map((c) => [
    c.cca2,
    {
      code: c.cca2,
      name: c.name.common,
      officialName: c.name.official,
      capital: c.capital[0]?.replace(/ D\.C\.$/u, ''),
      region: c.region,
      subregion: c.subregion,
      flag: c.flag,
      numeric: c.ccn3,
    },
  ]),
);

// Sovereign states first, so a form shared with a territory ("American": United States and the
// Northern Mariana Islands) belongs to the state.
const bySovereignty = [...countries].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));

function* countryForms(): Generator<[string, Form]> {
  for (const c of bySovereignty) {
    const code = c.cca2;
    yield [c.name.common, { code, via: 'name' }];
    yield [c.name.official, { code, via: 'name' }];
    // Two- and three-letter codes in altSpellings ("IR", "SA", "PAN") collide with initials.
    for (const alt of c.altSpellings) if (alt.length > 3) yield [alt, { code, via: 'alias' }];
    const demonyms = c.demonyms as Record<string, { m: string; f: string } | undefined>;
    const demonym = demonyms['eng']?.m;
    if (demonym) {
      yield [demonym, { code, via: 'alias', adjective: true }];
      // "Iranians", "Americans", "Iraqis": the plural noun of -an and -i demonyms.
      if (/(?:an|i)$/u.test(demonym)) yield [`${demonym}s`, { code, via: 'alias', adjective: true }];
    }
    for (const capital of c.capital) {
      yield [capital, { code, via: 'name', capital }];
      const short = capital.replace(/ D\.C\.$/u, '');
      if (short !== capital) yield [short, { code, via: 'name', capital: short }];
    }
  }
  for (const [code, forms] of Object.entries(extra.shortForms)) for (const form of forms) yield [form, { code, via: 'alias' }];
  for (const [code, forms] of Object.entries(extra.peopleNouns))
    for (const form of forms) yield [form, { code, via: 'alias', adjective: true }];
}

const allForms = [...countryForms()];
const matcher = new FormMatcher<Form>(allForms);
// Datelines and headlines in capitals: "TEHRAN —". Short words in capitals are too often initials.
const capitalsMatcher = new FormMatcher<Form>(
  allForms.filter(([form]) => form.replace(/[^\p{L}]/gu, '').length >= 5).map(([form, entry]) => [form.toUpperCase(), entry]),
);

const capitalisedWord = /^\p{Lu}\p{Ll}/u;

/** Capitalised only because they open a sentence: "In Iraq…", "For Iran…" (not "George Washington"). */
const sentenceOpeners = new Set(
  'A An The In At On From To For With By Of As And But Or Nor So Yet If While When Where After Before Since Until Unlike Like Across Inside Outside Within Without Against Over Under Near Between Both Neither Either Only Even Also Then Now Visit Visiting Meanwhile Elsewhere Despite During Through Throughout Including Tell Ask Leave Unlike Beyond Toward Towards Via'.split(' '),
);

/** True when the match sits inside a longer proper name, such as "Georgia Tech" or "New Mexico". */
function insideLongerName(text: string, start: number, end: number): boolean {
  const after = /^ +(\S+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
  const beforeMatch = /(\S+) +$/u.exec(text.slice(Math.max(0, start - 40), start));
  const before = beforeMatch?.[1] ?? '';
  if (capitalisedWord.test(after)) return true;
  // "Guinea; Turkey": punctuation ends the previous name.
  if (capitalisedWord.test(before) && /\p{L}$/u.test(before)) {
    // A capitalised word that opens its sentence ("In Iraq…" is fine, "Visit Iran" too).
    const ahead = text.slice(Math.max(0, start - 42), start - before.length - 1);
    const opensSentence = ahead.trim() === '' || /[.!?:;"“”]\s*$/u.test(ahead) || /\n\s*$/u.test(ahead);
    // A participle or an adverb opening a sentence is not part of a name: "Neighbouring Benin", "Landlocked Chad".
    return !(opensSentence && (sentenceOpeners.has(before) || /\p{Ll}(?:ing|ed|ly)$/u.test(before)));
  }
  return false;
}

export interface CountryFindings {
  countries: CountryFinding[];
  capitals: CapitalFinding[];
}

export function findCountries(text: string): CountryFindings {
  const byCountry = new Map<string, Mention[]>();
  const byCapital = new Map<string, { code: string; mentions: Mention[] }>();
  const seen = new Set<number>();
  const hits = [...matcher.matches(text), ...capitalsMatcher.matches(text)].sort((a, b) => a.start - b.start);
  for (const hit of hits) {
    if (seen.has(hit.start)) continue;
    const { entry } = hit;
    const isUpper = hit.text === hit.text.toUpperCase();
    const possessive = withoutPossessive(hit.text) !== hit.text;
    if (!entry.adjective && !possessive && !isUpper && insideLongerName(text, hit.start, hit.end)) continue;
    seen.add(hit.start);
    const mention: Mention = { text: hit.text, start: hit.start, end: hit.end, via: entry.via, source: 'rule' };
    if (entry.capital) {
      const capital = byCapital.get(entry.capital) ?? { code: entry.code, mentions: [] };
      capital.mentions.push(mention);
      byCapital.set(entry.capital, capital);
    } else {
      byCountry.set(entry.code, [...(byCountry.get(entry.code) ?? []), mention]);
    }
  }
  return {
    countries: [...byCountry].map(([code, mentions]) => ({ code, name: countryByCode.get(code)?.name ?? code, mentions })),
    capitals: [...byCapital].map(([name, { code, mentions }]) => ({ name, code, mentions })),
  };
}
