export { remarkAnnotate, remarkAnnotate as default, type Options } from './remark-annotate.ts';
export { annotateText, type AnnotateTextOptions } from './annotate-text.ts';
export type * from './types.ts';
