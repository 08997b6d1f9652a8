/**
 * People: those in the knowledge base (name, spelling variants, descriptors, surname), and people
 * it lacks, found by the NLP package compromise plus rules for what it misses on news text: a
 * name after a title ("Foreign Minister Hakan Demirel"), a name next to a speech verb ("Petrenko
 * said", "said Ana Ruiz"), a name before an appositive ("Amara Okonkwo, the agency's
 * director-general,"). A surname alone is linked to the full name used in the same article; an
 * appositive becomes the person's description. Words in `data/person-words.json`.
 */
import nlp from 'compromise';
import words from './data/person-words.json' with { type: 'json' };
import type { KnowledgeBase, Person } from './knowledge-base.ts';
import { FormMatcher, foldForm, withoutPossessive } from './match-forms.ts';
import type { Mention, MentionVia, PersonFinding, Span } from './types.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');

const TOKEN = String.raw`(?:(?:(?:[Aa]l|[Ee]l|[Aa]bd)-)?\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}\.)`;
const PARTICLE = String.raw`(?:${words.particles.join('|')})`;
/** Two to four capitalised name tokens, with particles between them ("Ludwig van Beethoven"). */
const FULL_NAME = String.raw`${TOKEN}(?: +(?:${PARTICLE} +)?${TOKEN}){1,3}`;
const SPEECH = alternation(words.speechVerbs);
const TITLE = alternation(words.titles);
const ROLE = alternation(words.roles);

const titled = new RegExp(String.raw`(?<![\p{L}])(?:${TITLE}) +(${TOKEN}(?: +(?:${PARTICLE} +)?${TOKEN}){0,3})`, 'gu');
/** A title just before a name: "Prime Minister ", "General " (the earliest start wins, so the longest title). */
const titleBefore = new RegExp(String.raw`(?<![\p{L}])(?:${TITLE}) +$`, 'u');
/** A role after a capitalised qualifier just before a name: "Union representative ", "Party spokesman ". */
const ROLE_NOUN = alternation(words.roles.filter((r) => /^\p{Ll}{4,}/u.test(r) && !['their', 'another'].includes(r)));
const roleBefore = new RegExp(String.raw`(?<![\p{L}])\p{Lu}\p{Ll}+ (?:${ROLE_NOUN}) +$`, 'u');
/** A nationality just before a title: "Iranian " in "Iranian Major General". */
const wordBefore = /(\p{Lu}\p{Ll}+) +$/u;
/** A name between commas, then a speech verb: "Pakistan's climate minister, Sana Baloch, said". */
const betweenCommas = new RegExp(String.raw`, (${FULL_NAME}), (?:${SPEECH})\b`, 'gu');
const beforeVerb = new RegExp(String.raw`(?<![\p{L}\p{M}.-])(${FULL_NAME}|${TOKEN})\s+(?:\p{Ll}+ly\s+|also\s+)?(?:${SPEECH})\b`, 'gu');
const afterVerb = new RegExp(String.raw`\b(?:${SPEECH}),?\s+(?:(?:${TITLE})\s+)?(${FULL_NAME})`, 'gu');
const beforeAppositive = new RegExp(String.raw`(?<![\p{L}\p{M}.-])(${FULL_NAME}),\s+(?=(?:${ROLE})\b|\p{Lu}\p{Ll}+['’]s\s)`, 'gu');
const appositive = new RegExp(String.raw`^,\s+((?:(?:${ROLE})\b|\p{Lu}[\p{L}]+['’]s\s)[^,.;:"“”«»()\n]{2,80}?)(?=[,.;]|$)`, 'u');
/** Role nouns, without the determiners and adjectives that open a description ("the", "former"). */
const roleNouns = new Set(words.roles.filter((r) => !words.descriptionOpeners.includes(r)).map((r) => r.toLowerCase()));
const ROLE_NOUNS = alternation([...roleNouns]);
/** A description before the name, ending in a role: "The company's chief executive, " before "Chen Wei-ling,". */
const appositiveBefore = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’-])((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}\p{M}.-]*['’]s)(?: [\p{L}\p{M}'’-]+){0,4}? (?:${ROLE_NOUNS})),\s+$`,
  'u',
);

const notNames = new Set(words.notNames);
const titleWords = new Set(words.titles.flatMap((t) => t.split(' ')));

/** A slug id for a person the knowledge base lacks: "Karīm al-Ḥaddād" → "karim-al-haddad". */
export function personId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

const lastToken = (name: string) => name.trim().split(/\s+/u).at(-1) ?? name;

export interface PeopleOptions {
  knowledgeBase: KnowledgeBase;
  /** Spans that are already something else (countries, organisations): never a person. */
  taken?: readonly Span[];
}

interface Entity {
  id: string;
  name: string;
  known: boolean;
  description?: string;
  mentions: Mention[];
}

export function findPeople(text: string, { knowledgeBase, taken = [] }: PeopleOptions): PersonFinding[] {
  const people = new Map<string, Entity>();
  // Which characters are already a person's name, or something else: occupancy maps keep this linear.
  const claimedAt = new Uint8Array(text.length + 1);
  const takenAt = new Uint8Array(text.length + 1);
  for (const t of taken) takenAt.fill(1, t.start, t.end);
  const any = (map: Uint8Array, span: Span) => map.subarray(span.start, span.end).includes(1);
  const isTaken = (span: Span) => any(takenAt, span);
  const isClaimed = (span: Span) => any(claimedAt, span);
  const mentionKeys = new Set<string>();
  const add = (person: Entity, mention: Mention) => {
    const key = `${person.id}:${mention.start}:${mention.end}`;
    if (mentionKeys.has(key)) return;
    mentionKeys.add(key);
    person.mentions.push(mention);
    if (mention.via !== 'descriptor') claimedAt.fill(1, mention.start, mention.end);
  };

  // 1. The knowledge base: names and variants, descriptors, surnames.
  const kbPeople = knowledgeBase.people.map((p): [Person, Entity] => [p, { id: p.id, name: p.name, known: true, mentions: [] }]);
  const surnameOwners = new Map<string, Set<string>>();
  for (const [p] of kbPeople)
    for (const form of [p.name, ...p.aliases]) {
      const key = foldForm(lastToken(form));
      surnameOwners.set(key, (surnameOwners.get(key) ?? new Set()).add(p.id));
    }
  const names = new FormMatcher<[Entity, MentionVia]>(
    kbPeople.flatMap(([p, e]) => [
      [p.name, [e, 'name']] as [string, [Entity, MentionVia]],
      ...p.aliases.map((a): [string, [Entity, MentionVia]] => [a, [e, 'alias']]),
      ...[p.name, ...p.aliases]
        .map(lastToken)
        .filter((s) => s.length > 2 && surnameOwners.get(foldForm(s))?.size === 1)
        .map((s): [string, [Entity, MentionVia]] => [s, [e, 'surname']]),
    ]),
  );
  const descriptors = new FormMatcher<Entity>(
    kbPeople.flatMap(([p, e]) => p.descriptors.map((d): [string, Entity] => [d, e])),
    { foldFirstLetter: true },
  );
  for (const hit of names.matches(text)) {
    const [entity, via] = hit.entry;
    add(entity, { text: hit.text, start: hit.start, end: hit.end, via, source: 'knowledge-base' });
  }
  for (const hit of descriptors.matches(text))
    add(hit.entry, { text: hit.text, start: hit.start, end: hit.end, via: 'descriptor', source: 'knowledge-base' });
  for (const [, entity] of kbPeople) if (entity.mentions.length) people.set(entity.id, entity);

  // 2. People the knowledge base lacks: candidates from compromise and from the rules.
  const candidates: (Span & { source: 'nlp' | 'rule' })[] = [];
  const candidate = (start: number, written: string, source: 'nlp' | 'rule') => {
    const cleaned = written.replace(/[\s,.;:'’"”)]+$/u, (tail) => (/^\.$/u.test(tail) && /\b\p{Lu}$/u.test(written.slice(0, -1)) ? tail : ''));
    // "Economy Minister Klaus Hartmann": the name starts after the last title word.
    const titleEnd = [...cleaned.matchAll(/\S+/gu)].filter((t) => titleWords.has(t[0])).at(-1);
    const from = titleEnd ? titleEnd.index + titleEnd[0].length + 1 : 0;
    const name = withoutPossessive(cleaned.slice(from));
    if (name) candidates.push({ text: name, start: start + from, end: start + from + name.length, source });
  };
  for (const regex of [titled, beforeVerb, afterVerb, beforeAppositive, betweenCommas])
    for (const match of text.matchAll(regex)) candidate(match.index + match[0].indexOf(match[1]!), match[1]!, 'rule');

  // compromise is the slow step (~10 ms per KB): give it only the sentences where a name may be
  // that nothing else explains, those with two capitalised words in a row not already a known
  // person, a place, an organisation or a rule's candidate.
  const explained = new Uint8Array(text.length + 1);
  explained.set(claimedAt);
  for (const t of taken) explained.fill(1, t.start, t.end);
  for (const c of candidates) explained.fill(1, c.start, c.end);
  const pair = /\p{Lu}[\p{Ll}\p{M}]+[ \t]+(?:(?:al|el|bin|ibn|de|van|von)[- ])?\p{Lu}[\p{Ll}\p{M}]+/gu;
  let lastEnd = -1;
  for (const m of text.matchAll(pair)) {
    if (m.index < lastEnd) continue;
    const [first, second] = m[0].split(/[ \t]+/u);
    if (notNames.has(first!) || notNames.has(second!)) continue;
    if (explained.subarray(m.index, m.index + m[0].length).includes(1)) continue;
    // The sentence around this unexplained pair, for compromise to read.
    let start = m.index;
    while (start > 0 && !/[.!?\n]/u.test(text[start - 1]!)) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !/[.!?\n]/u.test(text[end]!)) end++;
    lastEnd = Math.min(text.length, end + 1);
    const sentence = text.slice(start, lastEnd);
    for (const person of nlp(sentence).people().json({ offset: true }) as { text: string; offset: { start: number } }[])
      candidate(start + person.offset.start, person.text, 'nlp');
  }

  const plausible = (span: Span) => {
    const tokens = span.text.split(/\s+/u);
    if (tokens.some((t) => notNames.has(t.replace(/['’]s$/u, '')))) return false;
    if (titleWords.has(tokens[0]!)) return false;
    if (!tokens.every((t) => /^\p{Lu}|^(?:[Aa]l|[Ee]l|[Aa]bd)-|^\p{Ll}{1,4}$/u.test(t))) return false;
    return !isTaken(span) && !isClaimed(span);
  };
  const unknownByName = new Map<string, Entity>();
  const bySurname = new Map<string, Entity>();
  // Full names first, so that a lone surname ("Demirel said") joins the full name ("Hakan Demirel").
  const sorted = candidates
    .filter(plausible)
    .sort((a, b) => b.text.split(/\s+/u).length - a.text.split(/\s+/u).length || a.start - b.start);
  for (const found of sorted) {
    if (isClaimed(found)) continue;
    const single = !/\s/u.test(found.text);
    const key = foldForm(found.text);
    const surnameOf = bySurname.get(key) ?? bySurname.get(foldForm(found.text.replace(/^(?:al|el)-/iu, '')));
    const entity =
      unknownByName.get(key) ??
      (single ? surnameOf : undefined) ??
      (() => {
        const e: Entity = { id: personId(found.text), name: found.text, known: false, mentions: [] };
        unknownByName.set(key, e);
        if (!single) bySurname.set(foldForm(lastToken(found.text)), e);
        return e;
      })();
    const via: MentionVia = single && entity.name !== found.text ? 'surname' : 'name';
    add(entity, { text: found.text, start: found.start, end: found.end, via, source: found.source });
  }
  // A lone token that is neither a known surname nor next to a speech verb is too weak to keep.
  for (const entity of unknownByName.values())
    if (entity.name.includes(' ') || entity.mentions.some((m) => m.source === 'rule')) people.set(entity.id, entity);

  // 3. Every other occurrence of an unknown person's surname, possessives included.
  const surnames = new FormMatcher<Entity>(
    [...people.values()].filter((e) => !e.known && e.name.includes(' ')).map((e) => [lastToken(e.name), e]),
  );
  for (const hit of surnames.matches(text)) {
    if (isClaimed(hit) || isTaken(hit)) continue;
    add(hit.entry, { text: hit.text, start: hit.start, end: hit.end, via: 'surname', source: 'rule' });
  }

  // 4. A title before a name makes a descriptor: "General Soleimani", "Iranian Major General Qassem Soleimani".
  for (const entity of people.values())
    for (const mention of [...entity.mentions]) {
      if (mention.via === 'descriptor') continue;
      const before = text.slice(Math.max(0, mention.start - 60), mention.start);
      const title = titleBefore.exec(before) ?? roleBefore.exec(before);
      if (!title) continue;
      let begin = mention.start - title[0].length;
      // A nationality or a portfolio before the title joins it: "Iranian Major General", "Economy Minister".
      const qualifier = wordBefore.exec(text.slice(Math.max(0, begin - 30), begin));
      const start = qualifier ? begin - qualifier[0].length : -1;
      if (qualifier && (taken.some((t) => t.start === start && t.text === qualifier[1]) || !notNames.has(qualifier[1]!))) begin = start;
      add(entity, { text: text.slice(begin, mention.end), start: begin, end: mention.end, via: 'descriptor', source: 'rule' });
    }

  // 5. Appositives: "Name, <description>," describes the person and refers to them.
  for (const entity of people.values())
    for (const mention of [...entity.mentions]) {
      if (mention.via === 'descriptor' || mention.via === 'surname') continue;
      const match = appositive.exec(text.slice(mention.end, mention.end + 100));
      if (!match) continue;
      const start = mention.end + match[0].indexOf(match[1]!);
      entity.description ??= match[1]!;
      add(entity, { text: match[1]!, start, end: start + match[1]!.length, via: 'descriptor', source: 'rule' });
    }
  // "<description ending in a role>, Name," likewise; a description after the name comes first.
  for (const entity of people.values())
    for (const mention of [...entity.mentions]) {
      if (mention.via === 'descriptor' || mention.via === 'surname') continue;
      const before = appositiveBefore.exec(text.slice(Math.max(0, mention.start - 100), mention.start));
      if (!before || !/^[,.;]/u.test(text.slice(mention.end, mention.end + 1))) continue;
      const start = mention.start - before[0].length;
      entity.description ??= before[1]!;
      add(entity, { text: before[1]!, start, end: start + before[1]!.length, via: 'descriptor', source: 'rule' });
    }

  // 6. "The senator" after "Ohio's senior senator, Mark Delaney,": a role that only one person in
  // the article holds, with "the" before it, refers to that person from their first mention on.
  const holders = new Map<string, Set<Entity>>();
  for (const entity of people.values())
    for (const mention of entity.mentions)
      if (mention.via === 'descriptor')
        for (const word of mention.text.toLowerCase().split(/[\s,]+/u))
          if (roleNouns.has(word)) holders.set(word, (holders.get(word) ?? new Set()).add(entity));
  for (const [role, entities] of holders) {
    if (entities.size !== 1) continue;
    const [entity] = [...entities] as [Entity];
    const first = Math.min(...entity.mentions.map((m) => m.start));
    for (const match of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{M}'’-])[Tt]he ${escape(role)}(?![\p{L}\p{M}'’-]|,? \p{Lu})`, 'gu'))) {
      const span = { text: match[0], start: match.index, end: match.index + match[0].length };
      if (span.start < first || isClaimed(span) || isTaken(span) || entity.mentions.some((m) => m.start <= span.start && span.end <= m.end)) continue;
      add(entity, { ...span, via: 'descriptor', source: 'rule' });
    }
  }

  return [...people.values()].map((e) => ({
    id: e.id,
    name: e.name,
    quoted: false,
    known: e.known,
    ...(e.description ? { description: e.description } : {}),
    mentions: e.mentions.sort((a, b) => a.start - b.start),
  }));
}
