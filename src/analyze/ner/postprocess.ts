/**
 * @module analyze/ner/postprocess
 * Corrections applied to the tagger's spans (CoNLL types PER/ORG/LOC/MISC) before they become mentions:
 * - gazetteer typing: a span whose whole surface the knowledge base knows as a country or place is LOC
 *   (unless the tagger said ORG: "Moscow" may stand for a team or a government), a nationality adjective
 *   ("Ugandan", "Eritreans") is MISC, and an untagged nationality word becomes a MISC mention;
 * - cleanup: a leading "The" is dropped ("The Ugandan" → "Ugandan"; news annotation leaves the article out), as are
 *   quotes and dashes at the edges and a trailing date phrase ("National Assembly on Friday" → "National
 *   Assembly"); a mention that is only a day or month name, a title abbreviation, a plural acronym ("MPs") or, once
 *   trimmed of quotes, one common word ("“ If") is dropped;
 * - hyphen joins: two spans of one type separated only by a hyphen are one ("Open - Ended Working Group"), unless
 *   both are known places or nationalities ("Japan - South Korea"); an acronym hyphenated to a campus town is one
 *   organisation ("IIT - Madras");
 * - propagation: a surface tagged somewhere in the document is also a mention where it recurs untagged
 *   (same tokens, capitalised, at least 3 characters), with half the original's confidence margin;
 * - document consistency: every occurrence of the same surface gets the type the tagger was most confident of in
 *   the document (votes weighted by margin; ties: the first occurrence's type);
 * - short forms: an acronym in brackets after a name ("Convention on Biological Diversity ( CBD )") takes the
 *   name's type everywhere in the document;
 * - titles: leading titles are cut from person names ("President Xi Jinping" → "Xi Jinping"), a personal
 *   honorific makes a person ("Ms Downes"), title-only spans and "Minister of Health"-style posts are dropped;
 * - hyphenated name parts split off by tokenisation are joined to a person name ("Lee Jae - myung");
 * - a place right before a currency symbol is part of a money amount ("US $ 5"), not a mention;
 * - organisation names cut short at their head word are completed ("Foreign Ministry", "Qatar Charity"); a
 *   multi-word "place" ending in an organisation head word is an organisation ("China Central Television"); an
 *   organisation "of" a place is one name ("Democratic Party of Korea"), as is a MISC word run into a headed
 *   organisation name ("Russian Justice Ministry");
 * - a name headed by a law, agreement or event word is MISC ("Criminal Code", "Paris Agreement");
 * - person names carry over to their parts (a later "Hayashi" after "Yoshimasa Hayashi" is a person);
 * - a lone one-word "person" the document never names in full, that the gazetteer does not know and whose tagger
 *   runner-up was ORG or LOC, is an organisation (a place if something is "in", "at" or "near" it).
 * - a sentence-initial function word is cut from a name ("Because Cuba" → "Cuba", "If the Democratic Party" →
 *   "Democratic Party"; a span that is only one, "Unlike", is dropped; MISC titles of works are kept);
 * - an unknown "place" modifying a people, language or creed noun is MISC ("the Maasai community", "the Zionist
 *   regime").
 * Rules were chosen on the newswire dev slice and wikigold held-out, and follow CoNLL/OntoNotes conventions.
 * Pure and deterministic.
 */

import {
  CALENDAR_WORDS,
  CURRENCY_SYMBOLS,
  HONORIFICS,
  MISC_HEADS,
  MORE_ORG_WORDS,
  ORG_WORDS,
  PERSONAL_HONORIFICS,
  REGIONS,
  TITLE_WORDS,
} from './gazetteer.data.js';
import type { Gazetteer } from './gazetteer.js';

const CALENDAR = new Set(CALENDAR_WORDS);
/** Words that head a title before a name ("Prime Minister", "Prof", "Rep."); "Tan Sri" is left alone ("Tan" is a surname). */
const TITLES = new Set([...HONORIFICS, ...TITLE_WORDS].filter((w) => w !== 'tan' && w !== 'sri'));
const PERSONAL = new Set(PERSONAL_HONORIFICS);
const ORG_HEADS = new Set([...ORG_WORDS, ...MORE_ORG_WORDS]);
const CURRENCY = new Set(CURRENCY_SYMBOLS);
const HONORIFIC = new Set(HONORIFICS);
const MISC_HEAD = new Set(MISC_HEADS);
const REGION = new Set(REGIONS);

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

/**
 * Give every occurrence of a surface the type the document is most confident of (see module doc): each occurrence
 * votes for its type with its tagger margin (`margin`, plus a small floor so that a zero margin still counts; one
 * vote each where spans carry no margin). Ties go to the first occurrence's type.
 */
export function harmoniseTypes<T extends TypedSpan & { readonly margin?: number }>(spans: readonly T[]): T[] {
  const votes = new Map<string, Map<string, number>>();
  for (const s of spans) {
    const v = votes.get(s.surface) ?? new Map<string, number>();
    v.set(s.type, (v.get(s.type) ?? 0) + (s.margin === undefined ? 1 : 0.1 + Math.max(0, s.margin)));
    votes.set(s.surface, v);
  }
  return spans.map((s) => {
    let best = s.type;
    let count = 0;
    for (const [type, n] of votes.get(s.surface) ?? []) if (n > count) [best, count] = [type, n];
    return best === s.type ? s : { ...s, type: best };
  });
}

const EDGE_PUNCT_START = /^[“”‘’"'«»()\-–—]+\s*/u;
const EDGE_PUNCT_END = /\s*[“”‘’"'«»()\-–—]+$/u;
/** A date phrase run into the end of a name ("National Assembly on Friday"): a preposition, then a day or month. */
const DATE_TAIL = /\s+(on|in|since|until|by|last|this|next|from)\s+(\S+).*$/u;
/** Short title abbreviations that never stand alone as a name ("Brig", "Gen.", "Rep."). */
const TITLE_ABBREVIATIONS = /^(brig|gen|capt|col|lt|sgt|maj|cpl|adm|cmdr|rep|sen|gov|rev|fr|supt|insp)\.?$/i;

/** A capitalised first word and the space after it (or the whole surface if it is one word). */
const LEADING_FUNCTION_WORD = /^(\p{Lu}\p{Ll}+)(?:\s+|$)/u;
/**
 * Conjunctions, prepositions, pronouns and sentence adverbs that start a sentence and get capitalised there, never
 * the first word of a name ("Because Cuba", "If the Democratic Party", "Unlike"). Words that are also names or name
 * parts ("He", "To", "In", "So", "Per", "All", "Under", "Via", "On") are left out.
 */
// biome-ignore format: a word list reads better packed
const FUNCTION_LEADS = new Set([
  'because', 'unlike', 'if', 'although', 'though', 'while', 'whereas', 'when', 'whenever', 'after', 'before',
  'since', 'unless', 'until', 'despite', 'during', 'without', 'within', 'but', 'and', 'or', 'nor', 'yet', 'however',
  'meanwhile', 'moreover', 'furthermore', 'therefore', 'thus', 'hence', 'also', 'as', 'at', 'of', 'for', 'from',
  'by', 'with', 'into', 'about', 'against', 'among', 'amid', 'between', 'through', 'across', 'like', 'what', 'why',
  'how', 'where', 'who', 'which', 'that', 'this', 'these', 'those', 'there', 'here', 'then', 'once', 'every',
  'each', 'both', 'either', 'neither', 'some', 'many', 'most', 'several', 'our', 'my', 'your', 'his', 'its',
  'their', 'we', 'they', 'she', 'it', 'you', 'according', 'following', 'whether', 'instead', 'although',
]);

/**
 * Drop a leading "The", quotes and dashes at either edge ("“ If" → "If"), spans that are only a day or month
 * name, a title abbreviation ("Brig") or a plural acronym ("MPs", "NGOs": common nouns), and spans left as one
 * common word after trimming (see module doc). `isCommon` tells whether a lower-case word is a common word.
 */
export function cleanSpans<T extends TypedSpan>(
  spans: readonly T[],
  isCommon: (lower: string) => boolean = () => false,
  gaz?: Gazetteer,
): T[] {
  const out: T[] = [];
  for (const s of spans) {
    let { start, end, surface } = s;
    const lead = EDGE_PUNCT_START.exec(surface);
    const trail = EDGE_PUNCT_END.exec(surface);
    const trimmed = Boolean(lead || trail);
    if (trail && trail.index > (lead?.[0].length ?? 0)) {
      end -= surface.length - trail.index;
      surface = surface.slice(0, trail.index);
    }
    if (lead && lead[0].length < surface.length) {
      start += lead[0].length;
      surface = surface.slice(lead[0].length);
    }
    if (!/\p{L}/u.test(surface) || CALENDAR.has(surface.toLowerCase()) || TITLE_ABBREVIATIONS.test(surface)) continue;
    if (/^\p{Lu}{2,}s$/u.test(surface)) continue;
    if (trimmed && !/\s/.test(surface) && isCommon(surface.toLowerCase())) continue;
    const lead2 = LEADING_FUNCTION_WORD.exec(surface);
    if (
      lead2 &&
      FUNCTION_LEADS.has((lead2[1] ?? '').toLowerCase()) &&
      (s.type !== 'MISC' || gaz?.typeOf(surface.slice(lead2[0].length)) !== undefined)
    ) {
      if (lead2[0].length >= surface.length) continue;
      start += lead2[0].length;
      surface = surface.slice(lead2[0].length);
    }
    const article = /^the\s+(?=\p{Lu})/iu.exec(surface);
    if (article && surface.length > article[0].length) {
      start += article[0].length;
      surface = surface.slice(article[0].length);
    }
    const when = DATE_TAIL.exec(surface);
    if (when && CALENDAR.has((when[2] ?? '').toLowerCase())) {
      end -= surface.length - when.index;
      surface = surface.slice(0, when.index);
    }
    out.push(start === s.start && end === s.end ? s : { ...s, start, end, surface });
  }
  return out;
}

const PLACE_OR_PEOPLE = new Set(['country', 'place', 'demonym']);

/**
 * Merge same-type neighbours separated only by a hyphen (spans in text order; `text` is the article text), unless
 * both are places or nationalities the gazetteer knows on their own and the joined name is not known: "Japan - South
 * Korea" and "Egyptian - Emirati" name a pair, not one thing.
 */
export function joinHyphenated<T extends TypedSpan>(spans: readonly T[], text: string, gaz?: Gazetteer): T[] {
  const known = (surface: string): boolean => PLACE_OR_PEOPLE.has(gaz?.typeOf(surface) ?? '');
  const out: T[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.type === s.type && /^\s*[-‐‑]\s*$/.test(text.slice(prev.end, s.start))) {
      const surface = text.slice(prev.start, s.end);
      const pair = known(prev.surface) && known(s.surface) && !known(surface) && !known(surface.replace(/\s+/g, ''));
      if (!pair) {
        out[out.length - 1] = { ...prev, end: s.end, surface };
        continue;
      }
    }
    out.push(s);
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

const isCapWord = (w: string): boolean => /^\p{Lu}/u.test(w);
const bare = (w: string): string => w.toLowerCase().replace(/\.$/, '');
const isTitle = (w: string): boolean => TITLES.has(w.toLowerCase()) || TITLES.has(bare(w));

/**
 * Titles are not part of names (CoNLL, OntoNotes): leading title words are cut from a person span ("Prime Minister
 * Yair Lapid" → "Yair Lapid", "Rep. Park" → "Park"), and a span of any type led by a personal honorific becomes a
 * person ("Ms Downes"). A person span made only of title words is dropped ("Executive Chairman"). An organisation
 * span led by an office title and "of" ("Minister of Health") names a post, not a body: it is dropped, unless what
 * follows "of (the)" is itself an organisation name ("Head of the Projects Department" → "Projects Department").
 */
export function stripTitles<T extends TypedSpan>(
  spans: readonly T[],
  tokens: readonly Range[],
  text: string,
  gaz: Gazetteer,
): T[] {
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const ranges = tokenRanges(spans, tokens);
  const out: T[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as T;
    const r = ranges[k];
    if (!r) {
      out.push(s);
      continue;
    }
    const [a, b] = r;
    let i = a;
    let personal = false;
    while (i <= b && isTitle(words[i] ?? '')) {
      personal ||= PERSONAL.has(bare(words[i] ?? ''));
      i++;
      if (words[i] === '.') i++;
    }
    if (i === a) {
      out.push(s);
      continue;
    }
    if (i > b) {
      if (s.type !== 'PER' && !words.slice(a, b + 1).every((w) => HONORIFIC.has(w.toLowerCase()) || w === '.')) {
        out.push(s);
      }
      continue;
    }
    const cut = (from: number, type: string): T => {
      const start = (tokens[from] as Range).start;
      return { ...s, start, type, surface: text.slice(start, s.end) };
    };
    if ((s.type === 'PER' || personal) && isCapWord(words[i] ?? '')) {
      out.push(cut(i, 'PER'));
      continue;
    }
    if (s.type === 'ORG' && (words[i] === 'of' || words[i] === 'for')) {
      let j = i + 1;
      if (words[j]?.toLowerCase() === 'the') j++;
      const rest = words.slice(j, b + 1);
      const named = rest.some((w) => ORG_HEADS.has(w.toLowerCase())) || gaz.typeOf(rest.join(' ')) === 'organisation';
      if (j <= b && isCapWord(words[j] ?? '') && named) out.push(cut(j, 'ORG'));
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Office words that, after a country or body word, make a title rather than a name ("Foreign Minister"). */
const OFFICE_NOUNS = new Set([
  'minister',
  'secretary',
  'general',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chancellor',
  'president',
  'envoy',
  'commissioner',
  'governor',
  'director',
  'chief',
  'commander',
  'colonel',
  'admiral',
]);
const OFFICE_MODIFIERS = new Set([
  'foreign',
  'defence',
  'defense',
  'interior',
  'finance',
  'justice',
  'health',
  'trade',
  'economy',
  'home',
  'deputy',
  'vice',
  'lieutenant',
  'major',
  'attorney',
  'prime',
  'senior',
  'acting',
  'chief',
]);

/**
 * "Meridian Foreign | Minister Tomas Ardeen", "Meridian Lieutenant | General Saskia Brandt": a span that is not a
 * person, ends in an office modifier or title word and runs into a capitalised office noun is the front of a
 * title, not a name: dropped.
 */
export function dropTitleFronts<T extends TypedSpan>(spans: readonly T[], text: string): T[] {
  return spans.filter((s) => {
    if (s.type === 'PER') return true;
    const last = s.surface.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
    if (!OFFICE_MODIFIERS.has(last) && !TITLES.has(last)) return true;
    const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(s.end, s.end + 20));
    return !(next && OFFICE_NOUNS.has((next[1] ?? '').toLowerCase()));
  });
}

/** A place span right before a currency symbol is the country part of a money amount ("US $ 5", "NT$"): dropped. */
export function dropCurrencyPrefixes<T extends TypedSpan>(spans: readonly T[], text: string): T[] {
  return spans.filter((s) => {
    if (s.type !== 'LOC') return true;
    const next = /^\s*(\S)/u.exec(text.slice(s.end, s.end + 3));
    return !(next && CURRENCY.has(next[1] ?? ''));
  });
}

/**
 * Hyphenated name parts that tokenisation split off ("Lee Jae - myung", "Hlubi - Majola"): a person span followed
 * by a hyphen token and then a capitalised word, or a short lower-case word that the document never uses on its
 * own (so not "Kim - who"), is extended over them (repeatedly: "Chan - o - cha"); a span covering the added word
 * is absorbed.
 */
export function extendHyphenatedNames<T extends TypedSpan>(
  spans: readonly T[],
  tokens: readonly Range[],
  text: string,
): T[] {
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const standalone = new Set<string>();
  words.forEach((w, i) => {
    if (/^\p{Ll}+$/u.test(w) && !/^[-‐‑]$/.test(words[i - 1] ?? '')) standalone.add(w);
  });
  const ranges = tokenRanges(spans, tokens);
  const byToken = new Map<number, number>();
  ranges.forEach((r, k) => {
    if (r) for (let t = r[0]; t <= r[1]; t++) byToken.set(t, k);
  });
  const absorbed = new Set<number>();
  const out: T[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as T;
    if (absorbed.has(k)) continue;
    const r = ranges[k];
    if (!r || s.type !== 'PER') {
      out.push(s);
      continue;
    }
    let end = r[1];
    for (;;) {
      const next = words[end + 2] ?? '';
      if (!/^[-‐‑]$/.test(words[end + 1] ?? '') || !next) break;
      const lowerPart = /^\p{Ll}{1,7}$/u.test(next) && !standalone.has(next);
      const other = byToken.get(end + 2);
      const otherRange = other === undefined ? undefined : ranges[other];
      const capPart = /^\p{Lu}\p{Ll}+$/u.test(next) && (!otherRange || otherRange[0] === end + 2);
      if (!lowerPart && !capPart) break;
      if (other !== undefined && otherRange) {
        absorbed.add(other);
        end = otherRange[1];
      } else end += 2;
    }
    if (end === r[1]) {
      out.push(s);
      continue;
    }
    const e = (tokens[end] as Range).end;
    out.push({ ...s, end: e, surface: text.slice(s.start, e) });
  }
  return out;
}

/** Mark the tokens covered by spans; returns per-token span index (−1 where untagged) and the spans' token ranges. */
function coverage(
  spans: readonly TypedSpan[],
  tokens: readonly Range[],
): { owner: Int32Array; ranges: ([number, number] | undefined)[] } {
  const owner = new Int32Array(tokens.length).fill(-1);
  const ranges = tokenRanges(spans, tokens);
  ranges.forEach((r, k) => {
    if (r) owner.fill(k, r[0], r[1] + 1);
  });
  return { owner, ranges };
}

/**
 * Person names carry over to their parts (news names a person in full once, then by surname or first name): a
 * one-word span of another type whose word is the first or last word of a multi-word person span in the document
 * becomes a person ("Hayashi", "Park"), and an untagged capitalised occurrence of such a last name becomes a person
 * mention unless a capitalised word stands right next to it ("Park" but not "Park Avenue"). Place and country names
 * the gazetteer knows are left alone.
 */
export function propagateNameParts<T extends TypedSpan>(
  spans: readonly T[],
  tokens: readonly Range[],
  text: string,
  gaz: Gazetteer,
  make: (like: T, start: number, end: number) => T,
): T[] {
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const { owner, ranges } = coverage(spans, tokens);
  const parts = new Map<string, T>();
  const lasts = new Set<string>();
  const usable = (w: string): boolean => {
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w) || isTitle(w) || CALENDAR.has(w.toLowerCase())) return false;
    const known = gaz.typeOf(w);
    return known !== 'country' && known !== 'place' && known !== 'demonym' && known !== 'organisation';
  };
  spans.forEach((s, k) => {
    const r = ranges[k];
    if (!r || s.type !== 'PER' || r[1] === r[0]) return;
    const first = words[r[0]] ?? '';
    const last = words[r[1]] ?? '';
    if (usable(first) && !parts.has(first)) parts.set(first, s);
    if (usable(last)) {
      if (!parts.has(last)) parts.set(last, s);
      lasts.add(last);
    }
  });
  if (parts.size === 0) return [...spans];
  const out = spans.map((s, k) => {
    const r = ranges[k];
    return r && r[0] === r[1] && s.type !== 'PER' && parts.has(s.surface) ? { ...s, type: 'PER' } : s;
  });
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (owner[i] !== -1 || !lasts.has(w)) continue;
    if (isCapWord(words[i - 1] ?? '') || isCapWord(words[i + 1] ?? '')) continue;
    const like = parts.get(w) as T;
    out.push(make(like, (tokens[i] as Range).start, (tokens[i] as Range).end));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Names headed by a law, agreement or event word are MISC, not organisations or places: "Criminal Code",
 * "Convention on Biological Diversity", "Afro Nation Festival". The head is the word before the first "of"/"on"/
 * "for"/"against", else the last word.
 */
export function typeMiscHeads<T extends TypedSpan>(spans: readonly T[]): T[] {
  return spans.map((s) => {
    if (s.type !== 'ORG' && s.type !== 'LOC') return s;
    const words = s.surface.split(/\s+/);
    const k = words.findIndex((w, i) => i > 0 && /^(of|on|for|against)$/.test(w));
    const head = (k > 0 ? words[k - 1] : words[words.length - 1]) ?? '';
    return words.length > 1 && MISC_HEAD.has(head.toLowerCase()) ? { ...s, type: 'MISC' } : s;
  });
}

/**
 * A one-word person mention whose word is never part of a longer person name in the document, that the gazetteer
 * knows neither as a person, a first name nor a surname, and whose tagger runner-up was another entity type (ORG or
 * LOC) is more likely a company, outlet or body the tagger has never seen ("Weibo", "Numsa"): news introduces people
 * by full name, and known places are already typed by the gazetteer. Every occurrence of such a word becomes ORG,
 * or LOC where the document puts something "in", "at" or "near" it (`text` is the article text: "in Lalibela").
 */
export function retypeLonePersons<T extends TypedSpan & { readonly alt?: string }>(
  spans: readonly T[],
  gaz: Gazetteer,
  text = '',
): T[] {
  const inNames = new Set<string>();
  for (const s of spans) {
    if (s.type === 'PER' && /\s/.test(s.surface)) for (const w of s.surface.split(/\s+/)) inNames.add(w);
  }
  const lone = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || /\s/.test(s.surface) || inNames.has(s.surface)) continue;
    const l = s.surface.toLowerCase();
    if (gaz.isFirstName(l) || gaz.isSurname(l) || gaz.typeOf(s.surface) === 'person') continue;
    if (s.alt === 'ORG' || s.alt === 'LOC') lone.add(s.surface);
  }
  const located = new Set<string>();
  for (const s of spans) {
    if (lone.has(s.surface) && /\b(in|at|near)\s+$/.test(text.slice(Math.max(0, s.start - 6), s.start))) {
      located.add(s.surface);
    }
  }
  return spans.map((s) =>
    s.type === 'PER' && lone.has(s.surface) ? { ...s, type: located.has(s.surface) ? 'LOC' : 'ORG' } : s,
  );
}

const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
]);

/**
 * Organisation names the tagger cut short at a head word: an organisation span that starts with its head word
 * ("Ministry", "Office", "Charity") takes in the untagged capitalised words right before it ("Foreign Ministry");
 * and a place followed by untagged capitalised words that end in a head word is one organisation ("Qatar
 * Charity"). Function words and titles are never taken in.
 */
export function extendOrgHeads<T extends TypedSpan>(spans: readonly T[], tokens: readonly Range[], text: string): T[] {
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const { owner, ranges } = coverage(spans, tokens);
  const free = (i: number): boolean => {
    const w = words[i] ?? '';
    return (
      owner[i] === -1 && isCapWord(w) && /^\p{L}+$/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()) && !isTitle(w)
    );
  };
  const out: T[] = [];
  spans.forEach((s, k) => {
    const r = ranges[k];
    if (!r) {
      out.push(s);
      return;
    }
    let [a, b] = r;
    let type = s.type;
    if (s.type === 'ORG' && ORG_HEADS.has((words[a] ?? '').toLowerCase())) while (a > 0 && free(a - 1)) a--;
    if (s.type === 'LOC') {
      let j = b;
      while (j + 1 < words.length && free(j + 1)) j++;
      if (j > b && ORG_HEADS.has((words[j] ?? '').toLowerCase())) [b, type] = [j, 'ORG'];
    }
    if (a === r[0] && b === r[1]) {
      out.push(s);
      return;
    }
    const start = (tokens[a] as Range).start;
    const end = (tokens[b] as Range).end;
    out.push({ ...s, start, end, type, surface: text.slice(start, end) });
  });
  return out;
}

/** Organisation heads that never end a place name ("City", "Union", "Front" can: "Panama City", "Soviet Union"). */
const PLACE_LIKE_HEADS = new Set(['city', 'union', 'front', 'united', 'rovers', 'centre', 'center', 'band', 'team']);

/**
 * A multi-word place span that ends in an organisation head word is an organisation named after its place: "China
 * Central Television", "Taipei City Council", "Qatar Central Bank", "Korea Eximbank" (a word ending in "bank").
 * Heads that also end place names ("Panama City", "Soviet Union") are left alone.
 */
export function retypePlaceOrgs<T extends TypedSpan>(spans: readonly T[]): T[] {
  return spans.map((s) => {
    if (s.type !== 'LOC') return s;
    const words = s.surface.split(/\s+/);
    const last = (words[words.length - 1] ?? '').toLowerCase();
    if (words.length < 2 || !/^\p{Lu}/u.test(words[words.length - 1] ?? '') || PLACE_LIKE_HEADS.has(last)) return s;
    return ORG_HEADS.has(last) || /.bank$/.test(last) ? { ...s, type: 'ORG' } : s;
  });
}

/** An acronym-like word: no spaces, capitalised, two to twelve letters, at least two capitals or all letters. */
const ACRONYM = /^\p{Lu}[\p{L}&.-]{1,11}$/u;

/**
 * A short form given in brackets right after a name ("Convention on Biological Diversity ( CBD )", "National Union of
 * Metalworkers of SA ( Numsa )") names the same thing: every mention of it in the document takes the long form's
 * type, and its untagged occurrences become mentions. The long form must be a multi-word organisation, place or MISC
 * name (never a person: "Matías Walker ( DC )" gives a party) and the short form's first letter an initial of one of
 * its capitalised words; short forms the gazetteer knows as places or nationalities are left alone. Run after
 * harmoniseTypes, so the short form's type is the long form's even where the tagger mostly disagreed.
 */
export function linkAcronyms<T extends TypedSpan>(
  spans: readonly T[],
  tokens: readonly Range[],
  text: string,
  gaz: Gazetteer,
  make: (like: T, start: number, end: number) => T,
): T[] {
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const { owner, ranges } = coverage(spans, tokens);
  const types = new Map<string, T>();
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i] !== '(' || words[i + 2] !== ')') continue;
    const short = words[i + 1] ?? '';
    if (!ACRONYM.test(short) || types.has(short)) continue;
    const k = owner[i - 1] ?? -1;
    const r = ranges[k];
    const long = spans[k];
    if (!long || !r || r[1] !== i - 1 || r[0] === r[1] || long.type === 'PER') continue;
    if (owner[i + 1] !== -1 && (spans[owner[i + 1] ?? -1]?.surface ?? '') !== short) continue;
    const known = gaz.typeOf(short);
    if (known === 'country' || known === 'place' || known === 'demonym') continue;
    const initials = new Set(
      words.slice(r[0], r[1] + 1).flatMap((w) => (/^\p{Lu}/u.test(w) ? [w[0]?.toLowerCase() ?? ''] : [])),
    );
    if (initials.has(short[0]?.toLowerCase() ?? '')) types.set(short, long);
  }
  if (types.size === 0) return [...spans];
  const out = spans.map((s) => {
    const long = types.get(s.surface);
    return long && long.type !== s.type ? { ...s, type: long.type } : s;
  });
  for (let i = 0; i < words.length; i++) {
    const long = types.get(words[i] ?? '');
    if (!long || owner[i] !== -1) continue;
    out.push(make(long, (tokens[i] as Range).start, (tokens[i] as Range).end));
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * An institution acronym joined by a hyphen to the town of its campus is one organisation ("IIT - Madras", "IIM -
 * Ahmedabad"): a place span of at most two words that the gazetteer does not know as a country or world region (so
 * "NATO - Russia" and "EU - Africa" stay apart), right after a hyphen and an all-capitals word of two to six letters
 * that the gazetteer does not know as a place ("US - Mexico") and that is untagged or a one-word organisation or
 * MISC span, absorbs both and becomes an organisation.
 */
export function joinCampusNames<T extends TypedSpan>(
  spans: readonly T[],
  tokens: readonly Range[],
  text: string,
  gaz: Gazetteer,
): T[] {
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const { owner, ranges } = coverage(spans, tokens);
  const absorbed = new Set<number>();
  const merged = new Map<number, T>();
  spans.forEach((s, k) => {
    const r = ranges[k];
    if (!r || s.type !== 'LOC' || r[1] - r[0] > 1 || r[0] < 2) return;
    if (REGION.has(s.surface.toLowerCase()) || ['country', 'demonym'].includes(gaz.typeOf(s.surface) ?? '')) return;
    const a = r[0] - 2;
    const acronym = words[a] ?? '';
    if (!/^[-‐‑]$/.test(words[a + 1] ?? '') || owner[a + 1] !== -1 || !/^\p{Lu}{2,6}$/u.test(acronym)) return;
    if (gaz.typeOf(acronym) !== undefined && gaz.typeOf(acronym) !== 'organisation') return;
    const o = owner[a] ?? -1;
    const other = spans[o];
    if (o !== -1 && (!other || other.surface !== acronym || (other.type !== 'ORG' && other.type !== 'MISC'))) return;
    if (o !== -1) absorbed.add(o);
    const start = (tokens[a] as Range).start;
    merged.set(k, { ...s, start, type: 'ORG', surface: text.slice(start, s.end) });
  });
  if (merged.size === 0) return [...spans];
  return spans.flatMap((s, k) => (absorbed.has(k) ? [] : [merged.get(k) ?? s]));
}

/**
 * An organisation name followed by "of" (or "of the") and a place is one name: "Democratic Party of Korea",
 * "Technological University of the Central Valleys of Oaxaca", "National Union of Metalworkers of SA" (news names
 * bodies after the place they serve; "in" does not join: "Catholic Church in Kerala" is a body and a place).
 */
export function joinOrgOfPlace<T extends TypedSpan>(spans: readonly T[], text: string): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, s.start) : '';
    if (
      prev?.type === 'ORG' &&
      s.type === 'LOC' &&
      /^\s+of\s+(the\s+)?$/.test(gap) &&
      /\p{Lu}\S*$/u.test(prev.surface)
    ) {
      out[out.length - 1] = { ...prev, end: s.end, surface: text.slice(prev.start, s.end) };
    } else out.push(s);
  }
  return out;
}

/**
 * A nationality or other MISC word run into an organisation name that ends in a head word is part of that name:
 * "Russian" + "Justice Ministry" → "Russian Justice Ministry", "Syro - Malabar Church", "African Export - Import
 * Bank" (the two spans separated by a space or a hyphen only). A company after a nationality ("Chinese Huawei") has
 * no head word and stays apart.
 */
export function joinMiscIntoOrgs<T extends TypedSpan>(spans: readonly T[], text: string): T[] {
  const out: T[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    const words = s.surface.split(/\s+/);
    const headed = ORG_HEADS.has((words[words.length - 1] ?? '').toLowerCase());
    if (
      prev?.type === 'MISC' &&
      s.type === 'ORG' &&
      headed &&
      /^(\s+|\s*[-‐‑]\s*)$/.test(text.slice(prev.end, s.start))
    ) {
      out[out.length - 1] = { ...s, start: prev.start, surface: text.slice(prev.start, s.end) };
    } else out.push(s);
  }
  return out;
}

/**
 * Nationality words the tagger left untagged are MISC mentions (CoNLL MISC, OntoNotes NORP): a capitalised word the
 * gazetteer knows as a demonym, or whose singular it knows as one ("Kenyans protested", often missed at a sentence
 * start). `create` builds the new span.
 */
export function addDemonyms<T extends TypedSpan>(
  spans: readonly T[],
  tokens: readonly Range[],
  text: string,
  gaz: Gazetteer,
  create: (start: number, end: number, type: string) => T,
): T[] {
  const { owner } = coverage(spans, tokens);
  const out = [...spans];
  tokens.forEach((t, i) => {
    const w = text.slice(t.start, t.end);
    if (owner[i] !== -1 || !/^\p{Lu}\p{Ll}+$/u.test(w)) return;
    if (gazetteerType(w, '', gaz) === 'MISC') out.push(create(t.start, t.end, 'MISC'));
  });
  return out.length === spans.length ? out : out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Nouns that a people, language or creed word modifies ("the Maasai community", "the Zionist regime"). */
const GROUP_NOUNS = new Set([
  'community',
  'communities',
  'people',
  'peoples',
  'regime',
  'music',
  'culture',
  'language',
  'languages',
  'tribe',
  'tribes',
  'diaspora',
  'population',
  'descent',
  'ancestry',
  'heritage',
  'traditions',
  'cuisine',
  'origin',
  'elders',
  'ancestral',
  'ethnic',
]);

/**
 * A "place" the gazetteer does not know, used as a modifier of a people, language or creed noun, is a MISC word
 * (CoNLL MISC, OntoNotes NORP): "the Maasai community", "the Zionist regime", "Latin music". Known places keep their
 * type ("the Kenya government", "Gaza population" are places).
 */
export function retypeGroupModifiers<T extends TypedSpan>(spans: readonly T[], text: string, gaz: Gazetteer): T[] {
  return spans.map((s) => {
    if (s.type !== 'LOC') return s;
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(s.end, s.end + 20))?.[1] ?? '';
    if (!GROUP_NOUNS.has(next)) return s;
    const known = gaz.typeOf(s.surface);
    return known === 'country' || known === 'place' ? s : { ...s, type: 'MISC' };
  });
}
