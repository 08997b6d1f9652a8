/**
 * What raw HTML in an article may keep (rehype-sanitize runs before our own rehype plugins): the
 * GitHub-style default (no script, style, iframe, event handlers or javascript: URLs) plus the
 * attributes of our annotation marks. Ids stay as written, because quote ids are link targets
 * (the default would prefix them with "user-content-").
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

const markAttributes = ['className', 'id', 'dataAnnotationKind', 'dataEntity', 'dataCapital', 'dataSpeaker', 'dataQuotePart', 'dataQuoteAlias'];

// The default limits class names on some tags (`a` may only carry footnote classes); a tag's own
// list wins over '*', so our marks' classes must be allowed on those tags too.
const attributes = Object.fromEntries(
  Object.entries(defaultSchema.attributes ?? {}).map(([tag, allowed]) => [
    tag,
    [...allowed.filter((a) => !(Array.isArray(a) && a[0] === 'className')), ...markAttributes],
  ]),
);

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: ['name', 'ariaDescribedBy', 'ariaLabelledBy'],
  tagNames: [...(defaultSchema.tagNames ?? []), 'time'],
  attributes: { ...attributes, time: ['dateTime', ...markAttributes] },
};
