/**
 * @module analyze/events/lexicon
 * Builds the lookups of the event lexicon (verbs.data.ts): every inflected form → the patterns and governors it
 * can start, with whether the form can be a past participle (for passives). Built once, on first use.
 */
import { GOVERNORS, type Governor } from './intent.data.js';
import { VERB_PATTERNS, type VerbPattern } from './verbs.data.js';

export interface FormEntry {
  readonly lemma: string;
  /** A past form ("criticized", "held"): may head a passive. */
  readonly participle: boolean;
}

export interface Lexicon {
  readonly patterns: ReadonlyMap<string, readonly { pattern: VerbPattern; form: FormEntry }[]>;
  readonly governors: ReadonlyMap<string, { governor: Governor; form: FormEntry }>;
}

const VOWELS = /[aeiou]/;

/** Regular forms of a lemma: 3rd person, past, -ing (consonant doubling and irregulars come from `forms`). */
export function regularForms(lemma: string): { form: string; participle: boolean }[] {
  const third = /(s|x|z|ch|sh)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing =
    lemma.endsWith('ee') || !lemma.endsWith('e') || lemma.length < 3 ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`;
  return [
    { form: lemma, participle: false },
    { form: third, participle: false },
    { form: past, participle: true },
    { form: ing, participle: false },
  ];
}

interface Form extends FormEntry {
  readonly form: string;
}

/** Every form of a lemma (its first word for particle verbs): regular ones plus the spelled-out irregular ones. */
function formsOf(lemma: string, irregular?: string): Form[] {
  const head = lemma.split(' ')[0] ?? lemma;
  const out = new Map<string, boolean>();
  for (const f of regularForms(head)) out.set(f.form, f.participle);
  for (const f of (irregular ?? '').split(/\s+/).filter(Boolean)) {
    out.set(f, !f.endsWith('ing') && !(f.endsWith('s') && !f.endsWith('ss')) && VOWELS.test(f));
  }
  return [...out.entries()].map(([form, participle]) => ({ form, lemma: head, participle }));
}

let built: Lexicon | undefined;

/** The shipped lexicon (built on first call). */
export function loadLexicon(): Lexicon {
  if (built) return built;
  const patterns = new Map<string, { pattern: VerbPattern; form: FormEntry }[]>();
  for (const pattern of VERB_PATTERNS) {
    for (const { form, lemma, participle } of formsOf(pattern.verb, pattern.forms)) {
      const list = patterns.get(form) ?? [];
      list.push({ pattern, form: { lemma, participle } });
      patterns.set(form, list);
    }
  }
  const governors = new Map<string, { governor: Governor; form: FormEntry }>();
  for (const governor of GOVERNORS) {
    for (const { form, lemma, participle } of formsOf(governor.verb, governor.forms)) {
      governors.set(form, { governor, form: { lemma, participle } });
    }
  }
  built = { patterns, governors };
  return built;
}
