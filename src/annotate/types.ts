/**
 * The annotator's findings: what the CLI prints as JSON, what the remark plugin stores in
 * `file.data.astro.frontmatter.annotations` (Astro's `remarkPluginFrontmatter.annotations`), and
 * what cards, share pages and open data are built from. Plain JSON-serialisable data.
 *
 * Offsets are UTF-16 indices into the article body (the Markdown after its frontmatter, or the
 * whole `.txt` file): `body.slice(start, end) === text` always holds.
 */

/** A stretch of the body. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/**
 * How a mention names its entity (the CLI contract): the full `name`, an `alias` (spelling
 * variant, short form such as "U.S.", demonym such as "Iranian"), a `descriptor` that names no
 * one ("Iran's top security official"), or a `surname` alone ("Shamkhani").
 */
export type MentionVia = 'name' | 'alias' | 'descriptor' | 'surname';

/**
 * Where the evidence for a mention came from (provenance, shown in cards): the editable
 * knowledge base, the NLP package, one of our text rules, or an editor's correction.
 */
export type MentionSource = 'knowledge-base' | 'nlp' | 'rule' | 'editor';

export interface Mention extends Span {
  via: MentionVia;
  source: MentionSource;
}

export interface PersonFinding {
  /** Knowledge-base id, or a slug of the name for people found automatically. */
  id: string;
  /** Canonical name (the knowledge base's, else the longest form in the article). */
  name: string;
  quoted: boolean;
  /** True when the person has a knowledge-base entry; false means found automatically, not reviewed. */
  known: boolean;
  /** The article's own description of the person (an appositive such as "Iraq's national security advisor"). */
  description?: string;
  mentions: Mention[];
}

export interface CountryFinding {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  mentions: Mention[];
}

export interface CapitalFinding {
  name: string;
  /** The country whose capital it is (ISO 3166-1 alpha-2). */
  code: string;
  mentions: Mention[];
}

export interface OrganizationFinding {
  id: string;
  name: string;
  known: boolean;
  mentions: Mention[];
}

export type DateGranularity = 'day' | 'month' | 'year';
export type DatePart = 'year' | 'month' | 'day' | 'weekday';

export interface DateFinding extends Span {
  /** ISO 8601 at its granularity: `2021-04-12`, `2021-04` or `2021`. */
  value: string;
  granularity: DateGranularity;
  /** Parts written in the text ("Monday" states the weekday). */
  stated: DatePart[];
  /** Parts taken from the article's publication date. */
  inferred: DatePart[];
}

/** How a quote's speaker was established. */
export type AttributionRule =
  | 'said-after' // "…," X said
  | 'said-before' // X said, "…"
  | 'saying' // X …, saying "…"
  | 'according-to' // "…," according to X
  | 'pronoun' // He also said … "…": He = the last named person
  | 'descriptor' // The Iraqi national security adviser said "…"
  | 'appositive' // a descriptor resolved through the article's own "X, <descriptor>,"
  | 'continuation' // a free-standing quote continuing the previous speaker
  | 'editor' // set by an editor in the article's frontmatter
  | 'unattributed';

export interface Attribution {
  rule: AttributionRule;
  /** The exact span of the body that established the speaker; null when unattributed. */
  evidence: Span | null;
}

export interface QuoteFinding extends Span {
  /** Stable id (see `quote-id.ts`): slug of the first words + short hash of the normalised text. */
  id: string;
  /**
   * The words as a reader sees them: `text` is the body's own characters (Markdown included, such
   * as `*another*`), this is the text with the markup taken out and white space collapsed.
   */
  plainText: string;
  /** Person id, or null when no speaker could be established. */
  speaker: string | null;
  attribution: Attribution;
  /** Earlier ids of this quote kept working after an edit (see `quote-lock.ts`). */
  aliases?: string[];
}

export interface Findings {
  people: PersonFinding[];
  countries: CountryFinding[];
  capitals: CapitalFinding[];
  organizations: OrganizationFinding[];
  dates: DateFinding[];
  quotes: QuoteFinding[];
}

/** Values of the `data-annotation-kind` attribute on marks in the HTML. */
export type AnnotationKind = 'person' | 'country' | 'capital' | 'organization' | 'date' | 'quote';
