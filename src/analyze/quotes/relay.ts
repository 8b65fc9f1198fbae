/**
 * @module analyze/quotes/relay
 * The relay chain of a quote: outlets that carried the words between the speaker and this article, from
 * phrases around the attribution — "in remarks published by TASS", "as reported by Reuters", "told state news
 * agency TASS", "in an interview with CNN", "according to Interfax". An outlet is a known agency or paper,
 * or a phrase headed by a media noun ("state television"); after "published/reported/quoted by" any name is one.
 */
import type { Range } from '../../core/types.js';
import { RELAY_BY_VERBS, RELAY_TO_PHRASES } from './cues.data.js';
import { type Doc, isCap, isPunct, rangeOf } from './doc.js';
import { mediaNouns, relayOutlets } from './lexicon.js';
import type { QuoteMark } from './types.js';

const BY_VERBS = new Set(RELAY_BY_VERBS);
const TO_PHRASES = RELAY_TO_PHRASES.map((p) => p.split(' '));
const MAX_OUTLET = 8;
const ARTICLES = new Set(['a', 'an', 'the']);
const OUTLET_WORDS =
  /^(the|state|state-run|state-owned|news|official|private|national|public|local|russian|chinese|american|british|french|german|iranian|turkish|ukrainian|daily|newspaper|agency|television|tv|radio|channel|broadcaster|outlet|network|station|wire|website|magazine|'s|’s)$/;

/** A relay found in a sentence, with the tokens it covers. */
export interface Relay extends QuoteMark {
  /** Token range of the whole relay phrase, trigger included. */
  readonly from: number;
  readonly to: number;
}

/** The outlet phrase starting at token `i`: its token range and the part that names it. */
function outletAt(doc: Doc, i: number, hi: number, anyName: boolean): { to: number; name: Range } | null {
  let to = i;
  while (to < hi && to - i < MAX_OUTLET) {
    const w = doc.lower[to] as string;
    if (isCap(doc, to) || OUTLET_WORDS.test(w) || (w === '-' && isCap(doc, to + 1))) to++;
    else break;
  }
  while (to > i && !isCap(doc, to - 1) && !mediaNouns.has(doc.lower[to - 1] as string)) to--;
  if (to <= i) return null;
  const words = doc.lower.slice(i, to);
  const phrase = words.join(' ');
  const known = [...relayOutlets].some((o) => ` ${phrase} `.includes(` ${o} `));
  const media = words.some((w) => mediaNouns.has(w));
  if (!(known || media || anyName)) return null;
  let nameTo = to;
  while (nameTo > i && !isCap(doc, nameTo - 1)) nameTo--;
  let nameFrom = nameTo;
  while (nameFrom - 1 >= i && (isCap(doc, nameFrom - 1) || isPunct(doc, nameFrom - 1, '-'))) nameFrom--;
  const name = nameFrom < nameTo ? rangeOf(doc, nameFrom, nameTo) : rangeOf(doc, i, to);
  return { to, name };
}

function matchWords(doc: Doc, i: number, words: readonly string[], hi: number): boolean {
  if (i + words.length > hi) return false;
  return words.every((w, k) => doc.lower[i + k] === w);
}

export function relayAt(doc: Doc, i: number, hi: number): Relay | null {
  const w = doc.lower[i] as string;
  if ((BY_VERBS.has(w) || w === 'saying') && doc.lower[i + 1] === 'by')
    return make(doc, i, outletAt(doc, i + 2, hi, true));
  if (w === 'according' && doc.lower[i + 1] === 'to') return make(doc, i, outletAt(doc, i + 2, hi, false));
  const skip = w === 'in' || w === 'as' ? 1 + (ARTICLES.has(doc.lower[i + 1] as string) ? 1 : 0) : 0;
  for (const words of TO_PHRASES) {
    if (matchWords(doc, i + skip, words, hi)) return make(doc, i, outletAt(doc, i + skip + words.length, hi, false));
  }
  if (w === 'as' && BY_VERBS.has(doc.lower[i + 1] as string) && doc.lower[i + 2] === 'by') {
    return make(doc, i, outletAt(doc, i + 3, hi, true));
  }
  if (w === 'in' && (doc.lower[i + 1] === 'remarks' || doc.lower[i + 1] === 'comments')) {
    const v = doc.lower[i + 2] as string;
    if (BY_VERBS.has(v) && doc.lower[i + 3] === 'by') return make(doc, i, outletAt(doc, i + 4, hi, true));
  }
  return null;
}

function make(doc: Doc, from: number, outlet: { to: number; name: Range } | null): Relay | null {
  if (!outlet) return null;
  const text = doc.text.slice(outlet.name.start, outlet.name.end);
  return { text, range: outlet.name, from, to: outlet.to };
}

/** Relays in tokens [from, to) that lie outside every range in `skip` (the quotes' contents). */
export function findRelays(doc: Doc, from: number, to: number, skip: readonly Range[]): Relay[] {
  const out: Relay[] = [];
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    if (!t || skip.some((r) => t.start >= r.start && t.start < r.end)) continue;
    const relay = relayAt(doc, i, to);
    if (relay) {
      out.push(relay);
      i = relay.to - 1;
    }
  }
  return out;
}
