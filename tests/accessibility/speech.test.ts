// The read-aloud's pure parts: which voice is chosen (or none: then no control is offered) and
// how text is cut into utterances.
import { describe, expect, it } from 'vitest';
import { chineseVoice, speakable, utteranceChunks } from '../../src/lib/a11y/speech.ts';

const voice = (lang: string, name = lang, localService = true, isDefault = false) => ({
  lang,
  name,
  localService,
  default: isDefault,
});

describe('chineseVoice', () => {
  it('finds none without a Chinese voice', () => {
    expect(chineseVoice<ReturnType<typeof voice>>([])).toBeUndefined();
    expect(chineseVoice([voice('en-US'), voice('ja-JP'), voice('zu-ZA')])).toBeUndefined();
  });

  it('prefers Mainland Mandarin, then a voice on the device, then the default', () => {
    const hk = voice('zh-HK', '粤语');
    const tw = voice('zh-TW', '台湾');
    const remote = voice('zh-CN', '在线', false, true);
    const local = voice('zh-CN', '本机');
    expect(chineseVoice([voice('en-US'), hk, tw])?.lang).toMatch(/^zh-/);
    expect(chineseVoice([hk, remote, tw])).toBe(remote);
    expect(chineseVoice([hk, remote, local, tw])).toBe(local);
    expect(chineseVoice([voice('cmn-Hans-CN', 'Android')])?.name).toBe('Android');
    expect(chineseVoice([voice('zh_CN', 'underscore')])?.name).toBe('underscore');
  });
});

describe('utteranceChunks', () => {
  it('collapses whitespace and gives nothing for empty text', () => {
    expect(speakable('  法定时限：\n  即办 ')).toBe('法定时限： 即办');
    expect(utteranceChunks(' \n ')).toEqual([]);
    expect(utteranceChunks('内地居民结婚登记')).toEqual(['内地居民结婚登记']);
  });

  it('cuts long text at the end of a sentence, then at a comma, never above the limit', () => {
    const sentence = '双方各出示本人有效期内的居民身份证原件。';
    const text = sentence.repeat(8);
    const chunks = utteranceChunks(text, 50);
    expect(chunks.every((chunk) => chunk.length <= 50)).toBe(true);
    expect(chunks.every((chunk) => chunk.endsWith('。'))).toBe(true);
    expect(chunks.join('')).toBe(text);

    const commas = '材料一，材料二，材料三，材料四，材料五，材料六，材料七，材料八';
    expect(utteranceChunks(commas, 20)).toEqual([
      '材料一，材料二，材料三，材料四，材料五，',
      '材料六，材料七，材料八',
    ]);
    const unbroken = '甲'.repeat(45);
    expect(utteranceChunks(unbroken, 20)).toEqual([
      '甲'.repeat(20),
      '甲'.repeat(20),
      '甲'.repeat(5),
    ]);
  });
});
