// Field labels from the schema's Chinese descriptions: the label is the description's first
// phrase ("事项编码（全区唯一），例如 …" → 事项编码), the whole description becomes the hint.
const END_OF_LABEL = /[（(，,。；;：:\s]/;

export function labelOf(description: string | undefined, key: string): string {
  if (description === undefined || description.trim() === '') return key;
  const cut = description.search(END_OF_LABEL);
  const label = (cut === -1 ? description : description.slice(0, cut)).trim();
  return label === '' ? key : label;
}

/** The hint under a field: the description unless it only repeats the label. */
export function hintOf(description: string | undefined, label: string): string | undefined {
  if (description === undefined) return undefined;
  const hint = description.trim();
  return hint === '' || hint === label ? undefined : hint;
}
