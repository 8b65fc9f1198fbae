/**
 * @module analyze/ner/postprocess
 * Corrections applied to the tagger's spans (CoNLL types PER/ORG/LOC/MISC) before they become mentions:
 * - gazetteer typing: a span whose whole surface the knowledge base knows as a country or place is LOC
 *   (unless the tagger said ORG: "Moscow" may stand for a team or a government), a nationality adjective
 *   ("Ugandan", "Eritreans") is MISC;
 * - cleanup: a leading "The" is dropped ("The Ugandan" → "Ugandan"; news annotation leaves the article out), and a
 *   mention that is only a day or month name is dropped;
 * - hyphen joins: two spans of one type separated only by a hyphen are one ("Open - Ended Working Group");
 * - propagation: a surface tagged somewhere in the document is also a mention where it recurs untagged
 *   (same tokens, capitalised, at least 3 characters), with half the original's confidence margin;
 * - document consistency: every occurrence of the same surface gets the type most often given to it in the
 *   document (ties: the first occurrence's type).
 * Pure and deterministic.
 */

import { CALENDAR_WORDS } from './gazetteer.data.js';
import type { Gazetteer } from './gazetteer.js';

const CALENDAR = new Set(CALENDAR_WORDS);

export interface TypedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly surface: string;
}

function gazetteerType(surface: string, type: string, gaz: Gazetteer): string {
  const known = gaz.typeOf(surface) ?? (surface.endsWith('s') ? plural(gaz.typeOf(surface.slice(0, -1))) : undefined);
  if (known === 'demonym') return 'MISC';
  if ((known === 'country' || known === 'place') && type !== 'ORG') return 'LOC';
  return type;
}

const plural = (t: string | undefined): string | undefined => (t === 'demonym' ? t : undefined);

/** Re-type spans from the gazetteer (see module doc). */
export function correctTypes<T extends TypedSpan>(spans: readonly T[], gaz: Gazetteer): T[] {
  return spans.map((s) => {
    const type = gazetteerType(s.surface, s.type, gaz);
    return type === s.type ? s : { ...s, type };
  });
}

/** Give every occurrence of a surface its majority type in the document (see module doc). */
export function harmoniseTypes<T extends TypedSpan>(spans: readonly T[]): T[] {
  const votes = new Map<string, Map<string, number>>();
  for (const s of spans) {
    const v = votes.get(s.surface) ?? new Map<string, number>();
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
    votes.set(s.surface, v);
  }
  return spans.map((s) => {
    let best = s.type;
    let count = 0;
    for (const [type, n] of votes.get(s.surface) ?? []) if (n > count) [best, count] = [type, n];
    return best === s.type ? s : { ...s, type: best };
  });
}

/** Drop a leading "The " and spans that are only a day or month name (see module doc). */
export function cleanSpans<T extends TypedSpan>(spans: readonly T[]): T[] {
  const out: T[] = [];
  for (const s of spans) {
    if (CALENDAR.has(s.surface.toLowerCase())) continue;
    const article = /^the\s+(?=\p{Lu})/iu.exec(s.surface);
    if (article && s.surface.length > article[0].length) {
      out.push({ ...s, start: s.start + article[0].length, surface: s.surface.slice(article[0].length) });
    } else out.push(s);
  }
  return out;
}

/** Merge same-type neighbours separated only by a hyphen (spans in text order; `text` is the article text). */
export function joinHyphenated<T extends TypedSpan>(spans: readonly T[], text: string): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === s.type && /^\s*[-‐‑]\s*$/.test(text.slice(prev.end, s.start))) {
      out[out.length - 1] = { ...prev, end: s.end, surface: text.slice(prev.start, s.end) };
    } else out.push(s);
  }
  return out;
}

interface Range {
  readonly start: number;
  readonly end: number;
}

/** Token index range [first, last] of each span whose edges fall on token edges. */
function tokenRanges(spans: readonly TypedSpan[], tokens: readonly Range[]): ([number, number] | undefined)[] {
  const byStart = new Map(tokens.map((t, i) => [t.start, i]));
  const byEnd = new Map(tokens.map((t, i) => [t.end, i]));
  return spans.map((s) => {
    const a = byStart.get(s.start);
    const b = byEnd.get(s.end);
    return a !== undefined && b !== undefined && a <= b ? [a, b] : undefined;
  });
}

/**
 * Further occurrences of tagged surfaces that the tagger left untagged (see module doc), in text order.
 * Works over tokens (one pass, candidates indexed by first word), so it stays linear on long texts.
 */
export function propagate<T extends TypedSpan>(
  spans: readonly T[],
  tokens: readonly Range[],
  text: string,
  make: (like: T, start: number, end: number) => T,
): T[] {
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const occupied = new Uint8Array(tokens.length);
  const candidates = new Map<string, { like: T; words: string[] }[]>();
  const seen = new Set<string>();
  tokenRanges(spans, tokens).forEach((r, k) => {
    if (!r) return;
    occupied.fill(1, r[0], r[1] + 1);
    const like = spans[k] as T;
    if (seen.has(like.surface) || like.surface.length < 3 || !/^\p{Lu}/u.test(like.surface)) return;
    seen.add(like.surface);
    const w = words.slice(r[0], r[1] + 1);
    const list = candidates.get(w[0] ?? '') ?? [];
    list.push({ like, words: w });
    candidates.set(w[0] ?? '', list);
  });
  const out = [...spans];
  for (let i = 0; i < words.length; i++) {
    for (const c of candidates.get(words[i] ?? '') ?? []) {
      const n = c.words.length;
      if (i + n > words.length || c.words.some((w, k) => words[i + k] !== w || occupied[i + k] === 1)) continue;
      out.push(make(c.like, (tokens[i] as Range).start, (tokens[i + n - 1] as Range).end));
      occupied.fill(1, i, i + n);
      break;
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
