/**
 * @module analyze/ner/lexicon
 * A casing lexicon for the NER tagger: how a word is usually written in running news text, learned from unlabeled
 * sentences (scripts/train-ner.ts builds it from ECB+'s odd-numbered topics, CC BY 3.0, into lexicon.generated.ts).
 * Each word seen often enough gets a class by the share of its non-sentence-initial occurrences that are lower-case:
 * 'c' (common word: ≥ 90 % lower-case, e.g. "until", "photo"), 'm' (mixed: 30–90 %, e.g. "park"), 'n' (name-like:
 * < 30 %). A capitalised "Until" at a sentence start or an all-caps "PHOTO" is then known to be an ordinary word.
 * Pure and deterministic.
 */
import { tokenize } from '../text/index.js';

export type CasingClass = 'c' | 'm' | 'n';

/** Minimum non-initial occurrences for a word to get a class. */
const MIN_COUNT = 3;

/** Casing classes from sentences of running text (each sentence one string). */
export function buildCasingLexicon(sentences: Iterable<string>): Map<string, CasingClass> {
  const lower = new Map<string, number>();
  const total = new Map<string, number>();
  for (const s of sentences) {
    const words = tokenize(s).map((t) => s.slice(t.start, t.end));
    let initial = true;
    for (const w of words) {
      if (!/^\p{L}[\p{L}'’-]*$/u.test(w)) {
        if (/^[.!?:;"“”‘’'(\-–—]+$/u.test(w)) initial = true;
        continue;
      }
      const l = w.toLowerCase();
      if (!initial && (w === l || /^\p{Lu}\p{Ll}/u.test(w))) {
        total.set(l, (total.get(l) ?? 0) + 1);
        if (w === l) lower.set(l, (lower.get(l) ?? 0) + 1);
      }
      initial = false;
    }
  }
  const out = new Map<string, CasingClass>();
  for (const w of [...total.keys()].sort()) {
    const n = total.get(w) ?? 0;
    if (n < MIN_COUNT) continue;
    const share = (lower.get(w) ?? 0) / n;
    out.set(w, share >= 0.9 ? 'c' : share >= 0.3 ? 'm' : 'n');
  }
  return out;
}

/** Lexicon from the generated word lists (space-separated lower-case words per class). */
export function parseCasingLexicon(lists: {
  readonly c: string;
  readonly m: string;
  readonly n: string;
}): Map<string, CasingClass> {
  const out = new Map<string, CasingClass>();
  for (const cls of ['c', 'm', 'n'] as const) for (const w of lists[cls].split(' ')) if (w) out.set(w, cls);
  return out;
}

/** The generated module's text for a lexicon (words sorted within each class). */
export function casingLexiconSource(lexicon: ReadonlyMap<string, CasingClass>, header: string): string {
  const of = (cls: CasingClass): string =>
    [...lexicon]
      .filter(([, c]) => c === cls)
      .map(([w]) => w)
      .sort()
      .join(' ');
  // Biome's formatter wants double quotes around a string that holds single quotes ("aren't").
  const lit = (x: string): string => (x.includes("'") ? JSON.stringify(x) : `'${x.replace(/\\/g, '\\\\')}'`);
  return `${header}export const CASING_COMMON =\n  ${lit(of('c'))};\nexport const CASING_MIXED =\n  ${lit(of('m'))};\nexport const CASING_NAME =\n  ${lit(of('n'))};\n`;
}
