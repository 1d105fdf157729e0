// The 无障碍 panel: a disclosure under the header's tools, in the page flow (no pop-up, nothing
// covered), with the 特大鼠标 and 大字幕 switches and a link to the help page. Built on first use.
import { a11yText as t } from '../../i18n/a11y.ts';
import type { Preference } from '../../lib/a11y/preferences.ts';
import { shortcutLabel } from '../../lib/a11y/shortcuts.ts';
import type { ShortcutAction } from '../../lib/a11y/shortcuts.ts';
import { siteRoutes } from '../../lib/site/urls.ts';
import { PREFERENCE_EVENT, isOn, setPreference } from './preference-state.ts';

const PANEL_ID = 'a11y-panel';

const SWITCHES: readonly { preference: Preference; label: string; shortcut: ShortcutAction }[] = [
  { preference: 'cursor', label: t.cursor, shortcut: 'cursor' },
  { preference: 'magnifier', label: t.magnifier, shortcut: 'magnifier' },
];

function buildPanel(toggle: HTMLButtonElement): HTMLElement {
  const panel = document.createElement('div');
  panel.id = PANEL_ID;
  panel.className = 'a11y-panel';
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', t.panelLabel);
  const buttons = SWITCHES.map(({ preference, label, shortcut }) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'a11y-switch';
    button.textContent = label;
    button.setAttribute('aria-keyshortcuts', shortcutLabel(shortcut).replace(/ /g, ''));
    const show = () => {
      button.setAttribute('aria-pressed', String(isOn(preference)));
    };
    show();
    button.addEventListener('click', () => {
      setPreference(preference, !isOn(preference));
    });
    document.addEventListener(PREFERENCE_EVENT, show);
    return button;
  });
  const help = document.createElement('a');
  help.className = 'a11y-panel__help';
  help.href = siteRoutes.accessibility;
  help.textContent = t.help;
  panel.append(...buttons, help);
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setOpen(toggle, panel, false);
    toggle.focus();
  });
  toggle.setAttribute('aria-controls', PANEL_ID);
  // Right after its button: the next Tab stop, and wrapped onto its own row by the CSS.
  toggle.after(panel);
  return panel;
}

function setOpen(toggle: HTMLButtonElement, panel: HTMLElement, open: boolean) {
  panel.hidden = !open;
  toggle.setAttribute('aria-expanded', String(open));
}

/** Opens or closes the panel; from a shortcut, focus goes to its first switch. */
export function togglePanel(toggle: HTMLButtonElement, focusInside: boolean): void {
  const panel = document.getElementById(PANEL_ID) ?? buildPanel(toggle);
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  // Closing with focus inside would drop it to the page start: it goes back to the button.
  if (!open && panel.contains(document.activeElement)) toggle.focus();
  setOpen(toggle, panel, open);
  if (open && focusInside) panel.querySelector('button')?.focus();
}
