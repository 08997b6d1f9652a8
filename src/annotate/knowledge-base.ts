/**
 * The knowledge base: facts about people and organisations that an editor maintains as data
 * (`content/people/*.json`, `content/organizations/*.json`), never in code. Validated with zod so
 * a mistake names the file and the field. Pure: no Astro, no file system (see `load-knowledge-base.ts`).
 */
import { z } from 'zod';

/** A calendar date at day, month or year precision, as editors write them. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

/** Links in the knowledge base end up in pages: https only, so no `javascript:` or mixed content. */
const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// URL' });

const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'expected a lower-case slug such as ali-shamkhani');

const countryCode = z.string().regex(/^[A-Z]{2}$/u, 'expected an ISO 3166-1 alpha-2 code such as IR');

export const sourceSchema = z.object({
  name: z.string().min(1),
  url: httpsUrl,
});

export const roleSchema = z.object({
  title: z.string().min(1),
  organization: z.string().optional(),
  country: countryCode.optional(),
  start: partialDate.optional(),
  /** Absent: the role continues. */
  end: partialDate.optional(),
});

export const personSchema = z.object({
  id: slugId,
  name: z.string().min(1),
  /** Other spellings and forms of the name ("Ghasem Mohammad Al-Araji", "Qassim al-Araji"). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Phrases that refer to the person without naming them ("Iran's top security official"). */
  descriptors: z.array(z.string().min(1)).default([]),
  roles: z.array(roleSchema).default([]),
  country: countryCode.optional(),
  summary: z.string().min(1, 'expected a one-paragraph summary'),
  sources: z.array(sourceSchema).min(1, 'expected at least one source for the facts'),
});

export const organizationSchema = z.object({
  id: slugId,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  country: countryCode.optional(),
  summary: z.string().min(1, 'expected a one-paragraph summary'),
  sources: z.array(sourceSchema).min(1, 'expected at least one source for the facts'),
});

export type PersonInput = z.input<typeof personSchema>;
export type Person = z.output<typeof personSchema>;
export type OrganizationInput = z.input<typeof organizationSchema>;
export type Organization = z.output<typeof organizationSchema>;
export type Role = z.output<typeof roleSchema>;

export interface KnowledgeBase {
  people: Person[];
  organizations: Organization[];
}

export const emptyKnowledgeBase = (): KnowledgeBase => ({ people: [], organizations: [] });

/** Turns zod issues into one message naming the file and each field path, and what was expected. */
export function describeIssues(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return `${file} is not a valid knowledge-base entry:\n${lines.join('\n')}`;
}

/** The role a person held on `date` (YYYY-MM-DD), the latest-starting one when several overlap. */
export function roleOn(person: Person, date: string): Role | undefined {
  const within = (role: Role) =>
    (!role.start || role.start.localeCompare(date.slice(0, role.start.length)) <= 0) &&
    (!role.end || role.end.localeCompare(date.slice(0, role.end.length)) >= 0);
  return person.roles
    .filter(within)
    .sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''))[0];
}
