// The accessibility tools' page script, on every page (one small module, loaded by
// A11yTools.astro). It wires what must work at once — 大字模式, the 无障碍 button, the keyboard
// shortcuts, offering 朗读 when the browser speaks Chinese — and loads the rest (the panel, the
// magnifier bar, the reader) by dynamic import only when someone uses them, so a guide page
// carries no more script than before for those who do not.
import { a11yText as t } from '../../i18n/a11y.ts';
import { POINT_READ_STORAGE_KEY } from '../../lib/a11y/preferences.ts';
import type { Preference } from '../../lib/a11y/preferences.ts';
import { shortcutFor, shortcutLabel } from '../../lib/a11y/shortcuts.ts';
import type { ShortcutAction } from '../../lib/a11y/shortcuts.ts';
import { chineseVoice } from '../../lib/a11y/speech.ts';
import { PREFERENCE_EVENT, isOn, recall, setPreference } from './preference-state.ts';

const keys = (action: ShortcutAction) => shortcutLabel(action).replace(/ /g, '');

// 大字模式.
const textSizeButtons = [
  ...document.querySelectorAll<HTMLButtonElement>('[data-text-size-toggle]'),
];
for (const button of textSizeButtons) {
  button.setAttribute('aria-keyshortcuts', keys('textSize'));
  button.hidden = false;
  button.addEventListener('click', () => {
    setPreference('textSize', !isOn('textSize'));
  });
}
const showTextSize = () => {
  for (const button of textSizeButtons)
    button.setAttribute('aria-pressed', String(isOn('textSize')));
};
showTextSize();

// The 无障碍 panel (特大鼠标, 大字幕, the help page): built on first use.
const panelButton = document.querySelector<HTMLButtonElement>('[data-a11y-panel-toggle]');
const togglePanel = async (focusInside: boolean) => {
  if (!panelButton) return;
  const { togglePanel: toggle } = await import('./panel.ts');
  toggle(panelButton, focusInside);
};
if (panelButton) {
  panelButton.setAttribute('aria-keyshortcuts', keys('panel'));
  panelButton.hidden = false;
  panelButton.addEventListener('click', () => void togglePanel(false));
}

// The magnifier bar runs only while it is switched on.
const syncMagnifier = async () => {
  const magnifier = await import('./magnifier.ts');
  if (isOn('magnifier')) magnifier.startMagnifier();
  else magnifier.stopMagnifier();
};
if (isOn('magnifier')) void syncMagnifier();

document.addEventListener(PREFERENCE_EVENT, (event) => {
  const preference = (event as CustomEvent<Preference>).detail;
  if (preference === 'textSize') showTextSize();
  if (preference === 'magnifier') void syncMagnifier();
});

// 朗读: offered only where a page has the control and the browser has a Chinese voice.
type ReadCommand = 'toggle' | 'stop' | 'point';
let readCommand: ((command: ReadCommand) => Promise<void>) | undefined;

function offerReadAloud(control: HTMLElement, voice: SpeechSynthesisVoice) {
  const button = (action: string, label: string, shortcut: ShortcutAction) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'read-aloud__button';
    element.dataset['read'] = action;
    element.textContent = label;
    element.setAttribute('aria-keyshortcuts', keys(shortcut));
    return element;
  };
  const start = button('toggle', t.readStart, 'read');
  const stop = button('stop', t.readStop, 'stop');
  stop.hidden = true;
  const point = button('point', t.pointRead, 'pointRead');
  point.setAttribute('aria-pressed', 'false');
  const status = document.createElement('span');
  status.className = 'read-aloud__status';
  status.setAttribute('role', 'status');
  control.setAttribute('role', 'group');
  control.setAttribute('aria-label', t.readGroup);
  control.replaceChildren(start, stop, point, status);
  control.hidden = false;

  readCommand = async (command) => {
    const { readerFor } = await import('./read-aloud.ts');
    readerFor(control, voice).command(command);
  };
  control.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-read]')?.dataset[
      'read'
    ];
    if (action === 'toggle' || action === 'stop' || action === 'point') void readCommand?.(action);
  });
  if (recall(POINT_READ_STORAGE_KEY) === 'on') void readCommand('point');
}

const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
// One reader per page: the first control (a page has one).
const firstControl = document.querySelector<HTMLElement>('[data-read-aloud]');
if (synth && firstControl) {
  // Voices load asynchronously in Chrome: ask again when the list changes.
  const tryVoices = () => {
    const voice = chineseVoice(synth.getVoices());
    if (!voice) return;
    synth.removeEventListener('voiceschanged', tryVoices);
    offerReadAloud(firstControl, voice);
  };
  synth.addEventListener('voiceschanged', tryVoices);
  tryVoices();
}

// Keyboard shortcuts: Alt + Shift + a letter (src/lib/a11y/shortcuts.ts).
const shortcutActions: Record<ShortcutAction, () => void> = {
  read: () => void readCommand?.('toggle'),
  stop: () => void readCommand?.('stop'),
  pointRead: () => void readCommand?.('point'),
  textSize: () => {
    setPreference('textSize', !isOn('textSize'));
  },
  cursor: () => {
    setPreference('cursor', !isOn('cursor'));
  },
  magnifier: () => {
    setPreference('magnifier', !isOn('magnifier'));
  },
  panel: () => void togglePanel(true),
};
document.addEventListener('keydown', (event) => {
  if (event.repeat || event.defaultPrevented) return;
  const action = shortcutFor(event);
  if (!action) return;
  event.preventDefault();
  shortcutActions[action]();
});
