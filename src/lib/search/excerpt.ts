// Cleaning of Pagefind excerpts before display (the browser turns them into DOM nodes).

/**
 * The pinyin words indexed with each title (pagefind-html.ts) close the indexed text; an excerpt
 * that reaches them is cut there: three lowercase Latin words in a row never occur in a guide.
 */
export function withoutPinyinTail(excerpt: string): string {
  const tail =
    /\s[a-z]{2,}(?:<\/mark>)?\s+(?:<mark>)?[a-z]{2,}(?:<\/mark>)?\s+(?:<mark>)?[a-z]{2,}[\s\S]*$/.exec(
      excerpt,
    );
  return tail ? `${excerpt.slice(0, tail.index).trimEnd()}…` : excerpt;
}
