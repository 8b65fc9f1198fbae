/**
 * @module analyze/quotes/lexicon
 * Lookups built once from `cues.data.ts`: every inflected form of a reporting verb → its entry and form kind,
 * and lower-cased sets for the other word lists.
 */
import {
  BELIEF_VERBS,
  CUE_PREFIXES,
  type CueVerb,
  DETERMINERS,
  DOCUMENT_NOUNS,
  DOCUMENT_VERBS,
  MEDIA_NOUNS,
  PHRASAL_CUES,
  PHRASE_STOPS,
  RELAY_OUTLETS,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from './cues.data.js';

export type CueClass = 'speech' | 'belief' | 'document';
export type CueForm = 'base' | 's' | 'past' | 'ing';

export interface CueEntry {
  readonly verb: CueVerb;
  readonly cls: CueClass;
  readonly form: CueForm;
  /** Particles that make a phrasal cue with this verb ("called for", "pointed out"). */
  readonly particles?: ReadonlySet<string>;
  /** A cue only when one of `particles` follows it. */
  readonly phrasalOnly?: boolean;
}

const VOWEL = /[aeiou]/;

/** Regular third-person, past and -ing forms of a lemma. */
export function inflect(lemma: string): { s: string; past: string; ing: string } {
  const last = lemma.slice(-1);
  const prev = lemma.slice(-2, -1);
  const consonantY = last === 'y' && !VOWEL.test(prev);
  const s = /(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = last === 'e' ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = lemma.endsWith('ie')
    ? `${lemma.slice(0, -2)}ying`
    : last === 'e' && prev !== 'e'
      ? `${lemma.slice(0, -1)}ing`
      : `${lemma}ing`;
  return { s, past, ing };
}

function buildCues(): Map<string, CueEntry> {
  const out = new Map<string, CueEntry>();
  const add = (verbs: readonly CueVerb[], cls: CueClass) => {
    for (const verb of verbs) {
      const regular = inflect(verb.lemma);
      const put = (form: string, kind: CueForm) => {
        if (!out.has(form)) out.set(form, { verb, cls, form: kind });
      };
      put(verb.lemma, 'base');
      put(regular.s, 's');
      for (const p of (verb.past ?? regular.past).split(' ')) put(p, 'past');
      for (const g of (verb.ing ?? regular.ing).split(' ')) put(g, 'ing');
    }
  };
  add(SPEECH_VERBS, 'speech');
  add(DOCUMENT_VERBS, 'document');
  add(BELIEF_VERBS, 'belief');
  for (const p of PHRASAL_CUES) {
    const particles = new Set(p.particles.split(' '));
    const regular = inflect(p.lemma);
    const verb: CueVerb = { lemma: p.lemma, bare: true };
    const put = (form: string, kind: CueForm) => {
      const known = out.get(form);
      if (known && known.form === kind) out.set(form, { ...known, particles });
      else if (!known) out.set(form, { verb, cls: 'speech', form: kind, particles, phrasalOnly: true });
    };
    put(p.lemma, 'base');
    put(regular.s, 's');
    for (const f of (p.past ?? regular.past).split(' ')) put(f, 'past');
    for (const g of (p.ing ?? regular.ing).split(' ')) put(g, 'ing');
  }
  return out;
}

const CUES = buildCues();

/** The cue entry for a lower-cased word form, if it is a reporting verb on its own (not only in a phrasal frame). */
export function cueOf(lower: string): CueEntry | undefined {
  const e = CUES.get(lower);
  return e?.phrasalOnly ? undefined : e;
}

/** The cue at token `i` of `words` (lower-cased), and whether the next word is its particle ("called for"). */
export function cueAt(words: readonly string[], i: number): { entry: CueEntry; particle: boolean } | undefined {
  const entry = CUES.get(words[i] as string);
  if (!entry) return undefined;
  const particle = !!entry.particles?.has(words[i + 1] as string);
  if (entry.phrasalOnly && !particle) return undefined;
  return { entry, particle };
}

export const determiners: ReadonlySet<string> = new Set(DETERMINERS);
export const phraseStops: ReadonlySet<string> = new Set(PHRASE_STOPS);
export const cuePrefixes: ReadonlySet<string> = new Set(CUE_PREFIXES);
export const roleNouns: ReadonlySet<string> = new Set(ROLE_NOUNS);
export const documentNouns: ReadonlySet<string> = new Set(DOCUMENT_NOUNS);
export const mediaNouns: ReadonlySet<string> = new Set(MEDIA_NOUNS);
export const relayOutlets: ReadonlySet<string> = new Set(RELAY_OUTLETS);
