// Pure helpers of the read-aloud (朗读): which voice speaks Chinese, and how a block of text is
// cut into utterances. Short utterances keep the highlighted part in step with the voice and
// avoid Chrome's habit of stopping long utterances after about 15 seconds.

export interface VoiceLike {
  readonly lang: string;
  readonly name: string;
  readonly localService: boolean;
  readonly default: boolean;
}

const isChinese = (voice: VoiceLike) => /^(zh|cmn)([-_]|$)/i.test(voice.lang);
const isMainland = (voice: VoiceLike) =>
  /^(zh|cmn)([-_](hans[-_])?cn|[-_]hans)?$/i.test(voice.lang);

/**
 * The voice to read with: a Chinese one, preferring Mainland Mandarin (zh-CN), then a voice on the
 * device (localService: nothing is sent to a speech server), then the system default. None when
 * the browser cannot speak Chinese: the read-aloud control is not offered then.
 */
export function chineseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const score = (voice: V) =>
    (isMainland(voice) ? 4 : 0) + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
  return voices
    .filter(isChinese)
    .reduce<V | undefined>(
      (best, voice) => (!best || score(voice) > score(best) ? voice : best),
      undefined,
    );
}

/** Collapses whitespace: text taken from the page is spoken, not laid out. */
export const speakable = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Cuts a block's text into utterances of at most `max` characters, at the end of a sentence
 * (。！？；) where possible, then at a comma, then anywhere. Empty text gives no utterance.
 */
export function utteranceChunks(text: string, max = 120): string[] {
  const chunks: string[] = [];
  let rest = speakable(text);
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = lastBreak(window, /[。！？；!?;]/g) ?? lastBreak(window, /[，、,：:]/g) ?? max;
    chunks.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) chunks.push(rest);
  return chunks;
}

function lastBreak(text: string, marks: RegExp): number | undefined {
  let end: number | undefined;
  for (const match of text.matchAll(marks)) end = match.index + match[0].length;
  // A break in the first few characters would leave a uselessly short utterance.
  return end !== undefined && end > 10 ? end : undefined;
}
