/**
 * @module extract/metadata/language
 * The language of a text: by script for non-Latin scripts, then by counting frequent function
 * words (stopwords) of each language. Returns an ISO 639-1 code with a confidence.
 */
import { BULGARIAN_WORDS, RUSSIAN_LETTERS, STOPWORDS, UKRAINIAN_LETTERS } from './language.data.js';

export interface DetectedLanguage {
  readonly code: string;
  readonly confidence: number;
}

/** Inverted index: stopword → the languages that list it. */
const INDEX: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const [code, words] of Object.entries(STOPWORDS)) {
    for (const w of new Set(words.split(' '))) {
      const list = index.get(w);
      if (list) list.push(code);
      else index.set(w, [code]);
    }
  }
  return index;
})();

const SCRIPTS: readonly [RegExp, string][] = [
  [/[\u3040-\u30ff]/gu, 'ja'],
  [/[\uac00-\ud7af]/gu, 'ko'],
  [/[\u4e00-\u9fff]/gu, 'zh'],
  [/[\u0370-\u03ff]/gu, 'el'],
  [/[\u0590-\u05ff]/gu, 'he'],
  [/[\u0600-\u06ff]/gu, 'ar'],
  [/[\u0900-\u097f]/gu, 'hi'],
  [/[\u0e00-\u0e7f]/gu, 'th'],
  [/[\u0400-\u04ff]/gu, 'cyrillic'],
];

/** The most likely language of `text`, or null when the text is too short or unclear. */
export function detectLanguage(text: string): DetectedLanguage | null {
  const sample = text.slice(0, 8_000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return null;
  for (const [re, code] of SCRIPTS) {
    const n = (sample.match(re) ?? []).length;
    if (n / letters < 0.3) continue;
    if (code !== 'cyrillic') return { code, confidence: 0.8 };
    return cyrillic(sample);
  }
  return byStopwords(sample);
}

function cyrillic(sample: string): DetectedLanguage {
  const uk = (sample.match(UKRAINIAN_LETTERS) ?? []).length;
  const ru = (sample.match(RUSSIAN_LETTERS) ?? []).length;
  if (uk > ru) return { code: 'uk', confidence: 0.8 };
  const byWords = byStopwords(sample);
  if (byWords && (byWords.code === 'ru' || byWords.code === 'uk')) return byWords;
  const bg = (sample.match(BULGARIAN_WORDS) ?? []).length;
  return ru === 0 && bg > 5 ? { code: 'bg', confidence: 0.5 } : { code: 'ru', confidence: 0.6 };
}

function byStopwords(sample: string): DetectedLanguage | null {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return null;
  const hits = new Map<string, number>();
  for (const w of words) {
    const codes = INDEX.get(w);
    if (codes) for (const code of codes) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  const scores = [...hits];
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best || best[1] < 3) return null;
  const coverage = best[1] / words.length;
  const margin = (best[1] - (second?.[1] ?? 0)) / best[1];
  const confidence = Math.min(0.95, 0.3 + coverage + margin * 0.4);
  return { code: best[0], confidence: Math.round(confidence * 100) / 100 };
}

/** "en-US", "en_GB", "de" → "en", "de"; null for junk. */
export function normaliseLanguageTag(tag: string | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : null;
}
