// Keyboard shortcuts of the accessibility tools: one table, read by the page script and by the
// /accessibility/ page that documents them. All are Alt + Shift + a letter, matched on the
// physical key (KeyboardEvent.code) so macOS's Option characters and keyboard layouts do not
// matter. Single-letter keys are avoided (screen readers use them in browse mode, WCAG 2.1.4),
// as are Ctrl combinations (browser commands) and the letters Chrome and Edge bind with
// Alt + Shift on Windows (A: inactive dialog, B: bookmarks bar, I: feedback, T: toolbar).

export const SHORTCUT_ACTIONS = [
  'read',
  'stop',
  'pointRead',
  'textSize',
  'cursor',
  'magnifier',
  'panel',
] as const;

export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

/** The physical key pressed together with Alt and Shift. */
export const SHORTCUT_KEYS: Readonly<Record<ShortcutAction, string>> = {
  read: 'KeyR',
  stop: 'KeyS',
  pointRead: 'KeyP',
  textSize: 'KeyL',
  cursor: 'KeyC',
  magnifier: 'KeyM',
  panel: 'KeyO',
};

/** What a person presses, for the documentation: `Alt + Shift + R`. */
export const shortcutLabel = (action: ShortcutAction): string =>
  `Alt + Shift + ${SHORTCUT_KEYS[action].replace(/^Key/, '')}`;

export interface KeyPress {
  readonly code: string;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/** The action a key press asks for, if it is one of ours. */
export function shortcutFor(press: KeyPress): ShortcutAction | undefined {
  if (!press.altKey || !press.shiftKey || press.ctrlKey || press.metaKey) return undefined;
  return SHORTCUT_ACTIONS.find((action) => SHORTCUT_KEYS[action] === press.code);
}
