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

/** Scripts by their (BMP) code ranges, in the order they are tried. */
const SCRIPTS: readonly (readonly [number, number, string])[] = [
  [0x3040, 0x30ff, 'ja'],
  [0xac00, 0xd7af, 'ko'],
  [0x4e00, 0x9fff, 'zh'],
  [0x0370, 0x03ff, 'el'],
  [0x0590, 0x05ff, 'he'],
  [0x0600, 0x06ff, 'ar'],
  [0x0900, 0x097f, 'hi'],
  [0x0e00, 0x0e7f, 'th'],
  [0x0400, 0x04ff, 'cyrillic'],
];

/** Per script of SCRIPTS, the number of characters of `s` in its range (one pass instead of one regex each). */
function scriptCounts(s: string): number[] {
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x370) continue;
    for (let k = 0; k < SCRIPTS.length; k++) {
      const range = SCRIPTS[k]!;
      if (c >= range[0] && c <= range[1]) {
        counts[k]!++;
        break;
      }
    }
  }
  return counts;
}

/** Only this many leading characters of a text are looked at. */
export const SAMPLE_LENGTH = 8_000;

/** Per UTF-16 code unit: 0 not yet known, 1 a letter (\p{L}), 2 not a letter. */
const LETTER_CACHE = new Uint8Array(65536);
const LETTER = /\p{L}/u;

/** Number of letters (code points of \p{L}) in `s`, as (s.match(/\p{L}/gu) ?? []).length without the array. */
function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const lower = c | 32;
      if (lower >= 97 && lower <= 122) n++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (LETTER.test(s.slice(i, i + 2))) n++;
        i++;
        continue;
      }
    }
    let known = LETTER_CACHE[c]!;
    if (known === 0) {
      known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
      LETTER_CACHE[c] = known;
    }
    if (known === 1) n++;
  }
  return n;
}

/** The most likely language of `text`, or null when the text is too short or unclear. */
export function detectLanguage(text: string): DetectedLanguage | null {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const letters = countLetters(sample);
  if (letters < 20) return null;
  const counts = scriptCounts(sample);
  for (let k = 0; k < SCRIPTS.length; k++) {
    const code = SCRIPTS[k]![2];
    if (counts[k]! / letters < 0.3) continue;
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
