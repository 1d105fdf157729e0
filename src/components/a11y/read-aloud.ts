// The reader behind the 朗读 control (loaded on first use): reads the page's main content in
// reading order with the browser's own speechSynthesis — one short utterance at a time, so the
// block being read is highlighted and scrolled into view — with pause, resume and stop; and 指读,
// which reads whatever the pointer rests on or the keyboard focuses. Nothing leaves the page.
import { a11yText as t } from '../../i18n/a11y.ts';
import { POINT_READ_STORAGE_KEY } from '../../lib/a11y/preferences.ts';
import { utteranceChunks } from '../../lib/a11y/speech.ts';
import { onPointerMoved } from './pointer.ts';
import { remember } from './preference-state.ts';
import { blockAt, describeFocus, readingBlocks } from './reading-order.ts';
import type { ReadingBlock } from './reading-order.ts';

const CURRENT = 'read-aloud-current';
/** A pointer resting this long on a block reads it (moving across the page reads nothing). */
const POINT_DWELL_MS = 300;

interface Utterance {
  readonly block: ReadingBlock;
  readonly text: string;
}

type State = 'idle' | 'reading' | 'paused';

class Reader {
  private state: State = 'idle';
  private queue: Utterance[] = [];
  private position = 0;
  /** Bumped by every stop, so events of cancelled utterances change nothing. */
  private session = 0;
  private highlighted: HTMLElement | undefined;
  private pointing = false;
  private dwell: ReturnType<typeof setTimeout> | undefined;
  private readonly synth = window.speechSynthesis;
  private readonly control: HTMLElement;
  private readonly voice: SpeechSynthesisVoice;

  constructor(control: HTMLElement, voice: SpeechSynthesisVoice) {
    this.control = control;
    this.voice = voice;
  }

  command(command: 'toggle' | 'stop' | 'point'): void {
    if (command === 'stop') this.stop();
    else if (command === 'point') this.setPointing(!this.pointing);
    else if (this.state === 'idle') this.readAll();
    else if (this.state === 'reading') this.pause();
    else this.resume();
  }

  private readAll() {
    this.setPointing(false);
    this.stop();
    const root = document.querySelector(this.control.dataset['readAloud'] || 'main');
    if (!root) return;
    this.queue = readingBlocks(root).flatMap((block) =>
      utteranceChunks(block.text).map((text) => ({ block, text })),
    );
    this.position = 0;
    this.setState('reading');
    this.speakNext(this.session);
  }

  private speakNext(session: number) {
    if (session !== this.session) return;
    const next = this.queue[this.position];
    if (!next) {
      this.finish(t.finished);
      return;
    }
    this.highlight(next.block.element);
    this.speak(next.text, () => {
      if (session !== this.session) return;
      this.position++;
      this.speakNext(session);
    });
  }

  private speak(text: string, onDone: () => void) {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'zh-CN';
    utterance.voice = this.voice;
    utterance.rate = 0.9;
    utterance.addEventListener('end', onDone);
    // A voice that fails on one piece goes on with the next; a cancel is not a failure.
    utterance.addEventListener('error', (event) => {
      if (event.error !== 'canceled' && event.error !== 'interrupted') onDone();
    });
    this.synth.speak(utterance);
  }

  private pause() {
    this.synth.pause();
    this.setState('paused');
  }

  private resume() {
    this.synth.resume();
    this.setState('reading');
  }

  stop() {
    this.session++;
    this.synth.cancel();
    // Chrome keeps a paused engine paused after cancel(), which would silence the next reading.
    if (this.synth.paused) this.synth.resume();
    this.highlight(undefined);
    this.finish('');
  }

  private finish(status: string) {
    this.setState('idle', status);
    this.highlight(undefined);
  }

  private setState(state: State, status?: string) {
    this.state = state;
    const toggle = this.control.querySelector<HTMLButtonElement>('[data-read="toggle"]');
    const stop = this.control.querySelector<HTMLButtonElement>('[data-read="stop"]');
    const statusText = this.control.querySelector('[role="status"]');
    if (toggle) {
      toggle.textContent =
        state === 'reading' ? t.readPause : state === 'paused' ? t.readResume : t.readStart;
    }
    if (stop) {
      // Focus on a button that disappears would fall back to the page start: move it first.
      if (state === 'idle' && document.activeElement === stop) toggle?.focus();
      stop.hidden = state === 'idle';
    }
    if (statusText) {
      statusText.textContent =
        status ?? (state === 'reading' ? t.reading : state === 'paused' ? t.paused : '');
    }
  }

  private highlight(element: HTMLElement | undefined) {
    if (this.highlighted === element) return;
    this.highlighted?.classList.remove(CURRENT);
    this.highlighted = element;
    if (!element) return;
    element.classList.add(CURRENT);
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  }

  // 指读.
  private setPointing(on: boolean) {
    if (on === this.pointing) return;
    this.pointing = on;
    remember(POINT_READ_STORAGE_KEY, on ? 'on' : undefined);
    const button = this.control.querySelector('[data-read="point"]');
    button?.setAttribute('aria-pressed', String(on));
    if (on) {
      this.stop();
      document.addEventListener('focusin', this.onFocus);
      document.addEventListener('change', this.onFocus);
      document.addEventListener('pointermove', this.onPointer);
      this.setState('idle', t.pointReadOn);
    } else {
      document.removeEventListener('focusin', this.onFocus);
      document.removeEventListener('change', this.onFocus);
      document.removeEventListener('pointermove', this.onPointer);
      clearTimeout(this.dwell);
      if (this.state === 'idle') this.stop();
    }
  }

  private readOne(block: ReadingBlock | undefined) {
    if (!block) return;
    this.session++;
    this.synth.cancel();
    const session = this.session;
    this.highlighted?.classList.remove(CURRENT);
    this.highlighted = block.element;
    block.element.classList.add(CURRENT);
    const chunks = utteranceChunks(block.text);
    const next = (i: number) => {
      const text = chunks[i];
      if (session !== this.session) return;
      if (text === undefined) {
        this.highlight(undefined);
        return;
      }
      this.speak(text, () => {
        next(i + 1);
      });
    };
    next(0);
  }

  // Focus, and a change of the focused control's state (a tick box ticked), are read.
  private readonly onFocus = (event: Event) => {
    if (!(event.target instanceof Element)) return;
    this.readOne(describeFocus(event.target, { checked: t.checked, unchecked: t.unchecked }));
  };

  private readonly onPointer = onPointerMoved((target) => {
    clearTimeout(this.dwell);
    this.dwell = setTimeout(() => {
      const block = blockAt(target);
      if (block && block.element !== this.highlighted) this.readOne(block);
    }, POINT_DWELL_MS);
  });
}

const readers = new WeakMap<HTMLElement, Reader>();

/** The one reader of a control, made on first use. */
export function readerFor(control: HTMLElement, voice: SpeechSynthesisVoice): Reader {
  let reader = readers.get(control);
  if (!reader) {
    reader = new Reader(control, voice);
    readers.set(control, reader);
  }
  return reader;
}
