// 大字幕 (文字放大): a bar fixed to the bottom of the window that shows, enlarged, the text under
// the pointer or the focused control. It covers nothing for good: the page reserves its height at
// the bottom and as scroll padding (CSS, html[data-magnifier]), so the end of the page scrolls
// clear of it and focused elements are scrolled above it (WCAG 2.4.11). It is a visual aid only,
// hidden from screen readers, which already read the focused element.
import { a11yText as t } from '../../i18n/a11y.ts';
import { onPointerMoved } from './pointer.ts';
import { blockAt, describeFocus } from './reading-order.ts';

let bar: HTMLElement | undefined;
let resize: ResizeObserver | undefined;

const root = document.documentElement;

function show(text: string | undefined) {
  if (bar) bar.textContent = text ?? t.magnifierEmpty;
}

// Focus, and a change of the focused control's state (a tick box ticked), show it anew.
const onFocus = (event: Event) => {
  if (!(event.target instanceof Element)) return;
  const block = describeFocus(event.target, { checked: t.checked, unchecked: t.unchecked });
  if (block) show(block.text);
};

const onPointer = onPointerMoved((target) => {
  const block = blockAt(target);
  if (block) show(block.text);
});

export function startMagnifier(): void {
  if (bar) return;
  bar = document.createElement('div');
  bar.className = 'magnifier';
  bar.dataset['a11yUi'] = '';
  bar.setAttribute('aria-hidden', 'true');
  show(undefined);
  document.body.append(bar);
  // The space the page keeps free follows the bar's real height (it grows in 大字模式).
  resize = new ResizeObserver(() => {
    if (!bar) return;
    root.style.setProperty('--magnifier-space', `${String(bar.offsetHeight)}px`);
    // Longer text makes the bar taller after the focus has moved: scroll the focused control
    // clear of it again (scrollIntoView honours the scroll padding above), so it is never covered.
    const focused = document.activeElement;
    if (
      focused instanceof HTMLElement &&
      focused !== document.body &&
      focused.getBoundingClientRect().bottom > bar.getBoundingClientRect().top
    ) {
      focused.scrollIntoView({ block: 'nearest' });
    }
  });
  resize.observe(bar);
  document.addEventListener('focusin', onFocus);
  document.addEventListener('change', onFocus);
  document.addEventListener('pointermove', onPointer);
  // Switched on from the panel: show what has the focus now (the panel's own switch).
  const focused = document.activeElement;
  if (focused instanceof Element) {
    const block = describeFocus(focused, { checked: t.checked, unchecked: t.unchecked });
    if (block) show(block.text);
  }
}

export function stopMagnifier(): void {
  document.removeEventListener('focusin', onFocus);
  document.removeEventListener('change', onFocus);
  document.removeEventListener('pointermove', onPointer);
  resize?.disconnect();
  resize = undefined;
  bar?.remove();
  bar = undefined;
  root.style.removeProperty('--magnifier-space');
}
