// Pointer tracking for 指读 and the magnifier bar: only a pointer that really moved counts.
// Scrolling under a resting pointer (as focus moves with the keyboard) makes Chrome send pointer
// events at the same spot; answering them would replace what the keyboard just chose.

export type PointerHandler = (target: Element) => void;

/** A pointermove listener that calls `handler` with the element under a pointer that moved. */
export function onPointerMoved(handler: PointerHandler): (event: PointerEvent) => void {
  let x = Number.NaN;
  let y = Number.NaN;
  return (event) => {
    if (event.clientX === x && event.clientY === y) return;
    x = event.clientX;
    y = event.clientY;
    if (event.target instanceof Element) handler(event.target);
  };
}
