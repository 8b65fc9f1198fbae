/**
 * @module stories/cluster/text
 * Text → weighted terms for story clustering: normalised word tokens (case and diacritics folded,
 * stop words dropped, a light plural stem), title words counted `titleWeight` times, sublinear tf.
 */
import { STOP_WORDS } from './cluster.data.js';

const TOKEN = /\p{L}[\p{L}\p{M}'’]*|\d+(?:[.,]\d+)*/gu;

/** The plural/possessive stem of a lower-cased word ("earthquakes" → "earthquake", "cities" → "city"). */
export function stem(word: string): string {
  let w = word.replace(/['’]s?$/u, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The terms of a text, in order (stop words and one-letter words left out). */
export function terms(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const out: string[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const raw = m[0];
    if (/^\d/.test(raw)) {
      out.push(raw.replace(',', '.'));
      continue;
    }
    const w = stem(raw);
    if (w.length < 2 || STOP_WORDS.has(w) || STOP_WORDS.has(raw)) continue;
    out.push(w);
  }
  return out;
}

/**
 * Terms written as names: capitalised inside a sentence (not after . ! ? : or a line start or a quote) in
 * most of their occurrences. Names of people and places are what tell two events of one kind apart.
 */
export function nameTerms(text: string): Set<string> {
  const caps = new Map<string, [number, number]>();
  const re = /(^|[.!?:"“”\n]\s*|\s+)(\p{L}[\p{L}\p{M}'’]*)/gu;
  for (const m of text.matchAll(re)) {
    const boundary = /[.!?:"“”\n]/.test(m[1] ?? '') || m.index === 0;
    if (boundary) continue;
    const word = m[2] as string;
    const [t] = terms(word);
    if (!t) continue;
    const c = caps.get(t) ?? [0, 0];
    c[/^\p{Lu}/u.test(word) ? 0 : 1]++;
    caps.set(t, c);
  }
  return new Set([...caps].filter(([, [up, low]]) => up > low).map(([t]) => t));
}

/**
 * Sublinear term weights (1 + ln tf) of title and body, the title's counts multiplied by `titleWeight`,
 * name terms (see `nameTerms`) multiplied by `nameWeight`.
 */
export function termWeights(
  title: string | undefined,
  text: string,
  titleWeight: number,
  nameWeight = 1,
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (ts: string[], w: number) => {
    for (const t of ts) counts.set(t, (counts.get(t) ?? 0) + w);
  };
  add(terms(text), 1);
  if (title) add(terms(title), titleWeight);
  const weights = new Map<string, number>();
  const names = nameWeight === 1 ? new Set<string>() : nameTerms(text);
  for (const [t, n] of counts) weights.set(t, (1 + Math.log(n)) * (names.has(t) ? nameWeight : 1));
  return weights;
}
