/** The element a script needs, of the expected kind; a missing one is a markup bug, said so. */
export function required<T extends Element>(
  root: ParentNode,
  selector: string,
  kind: abstract new () => T,
): T {
  const element = root.querySelector(selector);
  if (!(element instanceof kind)) {
    throw new Error(`search script: no ${kind.name} matches ${selector}`);
  }
  return element;
}
