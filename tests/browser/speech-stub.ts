// A stand-in for the browser's speechSynthesis, injected with addInitScript before any page
// script runs (Chromium's headless build has no voices). It records every utterance (text, lang,
// voice), plays them one at a time, fires start, boundary and end (or error "interrupted" on
// cancel), and honours pause/resume like Chrome (cancel does not un-pause). In manual mode an utterance ends only when the test calls
// `__speech.advance()`, so pause and stop are checked at a known point.

export interface SpokenUtterance {
  readonly text: string;
  readonly lang: string;
  readonly voice: string | null;
}

export interface SpeechLog {
  spoken: SpokenUtterance[];
  events: string[];
  manual: boolean;
  advance(): void;
  readonly paused: boolean;
  readonly current: string | null;
}

export interface StubVoice {
  readonly name: string;
  readonly lang: string;
}

/** Runs in the page (serialised by Playwright): keep it self-contained. */
export function installSpeechStub(voices: readonly StubVoice[]): void {
  class Utterance extends EventTarget {
    text: string;
    lang = '';
    voice: { name: string } | null = null;
    rate = 1;
    pitch = 1;
    volume = 1;
    constructor(text = '') {
      super();
      this.text = text;
    }
  }
  const fire = (target: EventTarget, type: string, extra: Record<string, unknown> = {}) => {
    target.dispatchEvent(Object.assign(new Event(type), extra));
  };
  let queue: Utterance[] = [];
  let current: Utterance | null = null;
  let paused = false;
  let ended = false;
  const log = {
    spoken: [] as { text: string; lang: string; voice: string | null }[],
    events: [] as string[],
    manual: false,
    advance: () => {
      if (current && !paused) finish(current);
    },
    get paused() {
      return paused;
    },
    get current() {
      return current?.text ?? null;
    },
  };
  const finish = (utterance: Utterance) => {
    if (current !== utterance) return;
    if (paused) {
      ended = true;
      return;
    }
    current = null;
    fire(utterance, 'end', { charIndex: utterance.text.length });
    next();
  };
  const next = () => {
    if (current || paused) return;
    const utterance = queue.shift();
    if (!utterance) return;
    current = utterance;
    ended = false;
    log.spoken.push({
      text: utterance.text,
      lang: utterance.lang,
      voice: utterance.voice?.name ?? null,
    });
    setTimeout(() => {
      if (current !== utterance) return;
      fire(utterance, 'start');
      fire(utterance, 'boundary', { charIndex: 0, name: 'word' });
      if (!log.manual)
        setTimeout(() => {
          finish(utterance);
        }, 2);
    }, 0);
  };
  const synth = new EventTarget();
  // Getters defined as properties (Object.assign would copy their values once).
  Object.defineProperties(synth, {
    speaking: { get: () => current !== null },
    pending: { get: () => queue.length > 0 },
    paused: { get: () => paused },
    getVoices: {
      value: () =>
        voices.map((voice) => ({
          ...voice,
          voiceURI: voice.name,
          localService: true,
          default: false,
        })),
    },
    speak: {
      value: (utterance: Utterance) => {
        queue.push(utterance);
        next();
      },
    },
    pause: {
      value: () => {
        log.events.push('pause');
        paused = true;
      },
    },
    resume: {
      value: () => {
        log.events.push('resume');
        paused = false;
        if (current && ended) finish(current);
        else next();
      },
    },
    cancel: {
      value: () => {
        log.events.push('cancel');
        const dropped = [current, ...queue].filter((u): u is Utterance => u !== null);
        queue = [];
        current = null;
        // As in Chrome, a paused engine stays paused after cancel().
        for (const utterance of dropped) fire(utterance, 'error', { error: 'interrupted' });
      },
    },
  });
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: Utterance,
    configurable: true,
  });
  Object.defineProperty(window, '__speech', { value: log });
}
