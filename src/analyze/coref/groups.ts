/**
 * @module analyze/coref/groups
 * "they"/"their" → an organisation or country, only when nothing else could be meant: the nearest sentence
 * with names (this one before the pronoun, else the previous one) names exactly one organisation or country
 * the knowledge base knows, as its subject (its first words, not a possessive "Switzerland's system"), and no
 * person, no group noun ("officials", "people", "anyone") and no other plural ("candidates", "troops") that
 * "they" could mean; not in a leading "Given …, they" clause, which may point forward.
 */
import type { ResolvedMention } from '../entities/resolve.js';
import { GROUP_NOUNS, NOT_PLURAL, SUBORDINATORS } from './coref.data.js';
import { firstWord, lowerAt, tokenCovering, type View } from './view.js';

const GROUPS = new Set(GROUP_NOUNS);
const SINGULAR = new Set(NOT_PLURAL);
const SUBORDINATE = new Set(SUBORDINATORS);

/** A lower-case word that may be a plural noun (or a verb in -s: counted too, to stay on the safe side). */
function maybePlural(word: string): boolean {
  return word.length >= 4 && /^[a-z]+s$/.test(word) && !/(?:ss|us|is)$/.test(word) && !SINGULAR.has(word);
}

/** Whether tokens [from, to) hold a word "they" might stand for other than an organisation. */
function groupNear(view: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = lowerAt(view, k);
    if (GROUPS.has(w) || maybePlural(w)) return true;
  }
  return false;
}

/** The mention a "they"/"their" at `start` in sentence `s` stands for, with why; null when unsure. */
export function pickGroup(
  view: View,
  named: readonly (readonly ResolvedMention[])[],
  s: number,
  start: number,
): { mention: ResolvedMention; why: string } | null {
  for (const back of [0, 1]) {
    const i = s - back;
    const here = (named[i] ?? []).filter((m) => back > 0 || m.end <= start);
    if (here.length === 0) continue;
    const r = view.doc.sentenceTokens[i]!;
    let to = r.to;
    while (back === 0 && to > r.from && view.doc.tokens[to - 1]!.start >= start) to--;
    if (groupNear(view, r.from, to)) return null;
    // The clause before the pronoun may hold the group ("nine in 10 voters said they …").
    const own = view.doc.sentenceTokens[s]!;
    let upTo = own.from;
    while (back === 1 && upTo < own.to && view.doc.tokens[upTo]!.start < start) upTo++;
    if (back === 1 && groupNear(view, own.from, upTo)) return null;
    if (here.some((m) => m.type === 'person') || new Set(here.map((m) => m.entityId)).size !== 1) return null;
    const subject = here[0]!;
    if (subject.resolution === 'provisional') return null;
    const first = firstWord(view, i);
    // "Given … they may lose the Senate, Republicans …": a leading clause's "they" may point forward.
    if (back === 1 && SUBORDINATE.has(lowerAt(view, firstWord(view, s)))) return null;
    const at = view.doc.tokens[lowerAt(view, first) === 'the' ? first + 1 : first];
    if (!at || at.start !== subject.start) return null;
    if (["'s", "'"].includes(lowerAt(view, tokenCovering(view.doc, subject.end)))) return null;
    const where = back ? 'of the previous sentence' : 'of the clause before';
    return { mention: subject, why: `"${subject.text}" is the only name and the subject ${where}` };
  }
  return null;
}
