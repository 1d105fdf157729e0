export { diffCorpora, describeScope, isEmptyDiff } from './compare.ts';
export { renderMarkdown, escapeMarkdown } from './markdown.ts';
export type { MarkdownOptions } from './markdown.ts';
export type * from './types.ts';
