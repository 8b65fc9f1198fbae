/**
 * @module analyze/events/clause
 * Shallow clause analysis over one sentence's lower-cased tokens, without a parser: what lies inside quotation
 * marks or an "according to" phrase, where a clause breaks, whether a verb is negated, modal, hypothetical,
 * passive, an infinitive, or a noun/adjective use of a verb form ("the attack", "the occupied territories").
 */
import { AUXILIARIES, BE_FORMS, CLAIM_VERBS, CLAUSE_BREAKS, HYPOTHETICAL, MODALS, NEGATORS } from './words.data.js';

const AUX = new Set(AUXILIARIES);
const BE = new Set(BE_FORMS);
const BREAKS = new Set(CLAUSE_BREAKS);
const MODAL = new Set(MODALS);
const CLAIM = new Set(CLAIM_VERBS);
const NEG = new Set(NEGATORS);
const HYPO = new Set(HYPOTHETICAL);
const QUOTES = new Set(['"', '“', '”', '«', '»', '„']);
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  "'s",
  '’s',
  'of',
  'any',
  'no',
  'every',
  'each',
  'new',
  'further',
  'recent',
  'latest',
  'such',
  'fresh',
  'first',
]);

/** Quote and "according to … ," masks: true where a token is reported or attributed, not narrated. */
export function reportedMask(words: readonly string[]): boolean[] {
  const mask = words.map(() => false);
  let inQuote = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (QUOTES.has(w)) {
      inQuote = w === '“' ? true : w === '”' ? false : !inQuote;
      mask[i] = true;
      continue;
    }
    mask[i] = inQuote;
  }
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] !== 'according' || words[i + 1] !== 'to') continue;
    for (let j = i; j < words.length && words[j] !== ',' && words[j] !== ';'; j++) mask[j] = true;
  }
  return mask;
}

/** True when a token ends a clause for the actor search. */
export function isBreak(word: string): boolean {
  return BREAKS.has(word) || QUOTES.has(word);
}

/** Index of the first word before `i` that is not an auxiliary or adverb, or -1. */
export function previousContent(words: readonly string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && (AUX.has(words[j]!) || words[j]!.endsWith('ly'))) j--;
  return j;
}

/** Walks back over the verb group before `i` (auxiliaries, be, modals, negators, adverbs); returns its words. */
function verbGroup(words: readonly string[], i: number): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && i - j <= 5; j--) {
    const w = words[j]!;
    if (AUX.has(w) || BE.has(w) || MODAL.has(w) || NEG.has(w) || w.endsWith('ly') || w === 'to' || w === 'and')
      out.push(w);
    else break;
  }
  return out;
}

export function isNegated(words: readonly string[], i: number): boolean {
  return verbGroup(words, i).some((w) => NEG.has(w)) || words[i - 1] === 'failed' || words[i - 2] === 'failed';
}

export function isModal(words: readonly string[], i: number): boolean {
  return verbGroup(words, i).some((w) => MODAL.has(w));
}

/** True when the clause before `i` opens with "if", "whether", "unless". */
export function isHypothetical(words: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const w = words[j]!;
    if (HYPO.has(w)) return true;
    if (w === ';' || w === ':' || (w === ',' && j < i - 1 && !HYPO.has(words[j - 1] ?? ''))) return false;
  }
  return false;
}

/** True for "was criticized", "has been accused", "were reportedly arrested". */
export function isPassive(words: readonly string[], i: number, participle: boolean): boolean {
  if (!participle) return false;
  const group = verbGroup(words, i);
  return group.some((w) => BE.has(w));
}

/** True when the verb at `i` follows "to" (an infinitive: "plans to attack", "agreed to meet"). */
export function isInfinitive(words: readonly string[], i: number): boolean {
  const j = previousContent(words, i);
  return j >= 0 && words[j] === 'to';
}

/**
 * True when the verb form at `i` is used as a noun or adjective ("the attack", "an occupied town"), or ends a
 * hyphenated compound ("long-fought independence", "US-backed forces").
 */
export function isNominal(words: readonly string[], i: number): boolean {
  const prev = words[i - 1] ?? '';
  return DETERMINERS.has(prev) || /^\d/.test(prev) || prev === '-' || /-$/.test(prev);
}

/** True when a form of "be" or "have" (possibly with adverbs) directly precedes `i`. */
export function hasAuxiliary(words: readonly string[], i: number): boolean {
  return verbGroup(words, i).some((w) => BE.has(w) || AUX.has(w));
}

/** Index of the word that opens the clause of `i` ("that", a break, or -1 for the sentence start). */
function clauseOpener(words: readonly string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && !isBreak(words[j]!) && words[j] !== ',') j--;
  return j;
}

/**
 * True when the clause of `i` is claimed, wished or demanded rather than narrated: "claimed (that) ISIL attacked",
 * "demanded that Israel ease …" — the event there is the claim or the demand, coded on its own verb.
 */
export function isEmbeddedClaim(words: readonly string[], i: number): boolean {
  const opener = clauseOpener(words, i);
  if (opener >= 0 && words[opener] === 'that') {
    for (let k = opener - 1; k >= 0 && opener - k <= 4; k--) if (CLAIM.has(words[k]!)) return true;
    return false;
  }
  for (let k = i - 1; k > opener; k--) if (CLAIM.has(words[k]!)) return true;
  return false;
}
