/**
 * @module analyze/coref/gender
 * What the article says about a person's gender: a title before the name ("Mr", "Mrs.", "Sir"), a gendered
 * role or kin noun next to it ("spokeswoman Maria Zakharova", "Peskov, the Kremlin spokesman", "Congresswoman
 * …", "her husband, Milton Berg"),
 * and the pronouns already resolved to them. The knowledge base has no gender, so nothing else counts.
 * Conflicting cues leave the gender unknown.
 */
import type { Phrase, ResolvedMention } from '../entities/resolve.js';
import { type Gender, KIN_GENDER, ROLE_NOUN_GENDER, TITLE_GENDER } from './coref.data.js';
import { lowerAt, type View } from './view.js';

/** Gender evidence per entity id. */
export class Genders {
  private readonly votes = new Map<string, { m: number; f: number; cue: string }>();

  add(entityId: string, gender: Gender, cue: string): void {
    const v = this.votes.get(entityId) ?? { m: 0, f: 0, cue };
    v[gender]++;
    this.votes.set(entityId, v);
  }

  /** The entity's gender when every cue agrees, else undefined. */
  of(entityId: string): Gender | undefined {
    const v = this.votes.get(entityId);
    if (!v || (v.m > 0 && v.f > 0)) return undefined;
    return v.m > 0 ? 'm' : v.f > 0 ? 'f' : undefined;
  }

  /** The first cue seen for the entity ("Mrs", "spokeswoman", "she"). */
  cue(entityId: string): string {
    return this.votes.get(entityId)?.cue ?? '';
  }
}

const TITLES = new Map(Object.entries(TITLE_GENDER));
const ROLE_NOUNS = new Map(Object.entries(ROLE_NOUN_GENDER));
const KIN = new Map(Object.entries(KIN_GENDER));

const STOPS = new Set([',', '.', ';', ':', '(', ')', 'who', 'which', 'that', 'whose', 'and', 'said', 'says']);

/** The gender a word before a name gives it: a title, a role noun or a kin noun ("her husband, Milton Berg"). */
function titleAt(view: View, k: number): Gender | undefined {
  const w = lowerAt(view, k).replace(/\.$/, '');
  return TITLES.get(w) ?? ROLE_NOUNS.get(w) ?? KIN.get(w);
}

/** Gender words in ", a/the … spokeswoman," right after a name (up to six words). */
function afterComma(view: View, last: number): string | undefined {
  if (lowerAt(view, last + 1) !== ',') return undefined;
  for (let k = last + 2; k < last + 8 && k < view.doc.tokens.length; k++) {
    const w = lowerAt(view, k);
    if (STOPS.has(w)) return undefined;
    if (ROLE_NOUNS.has(w)) return w;
  }
  return undefined;
}

/** The gendered role noun of a phrase ("spokeswoman" in "Russia's foreign ministry spokeswoman"), if any. */
export function phraseCue(phrase: Phrase | undefined): string | undefined {
  return phrase?.text
    .toLowerCase()
    .split(/[^a-z]+/)
    .find((w) => ROLE_NOUNS.has(w));
}

/**
 * Gender cues of the article's people: `view.mentions` (names, with their apposed roles in `apposed`) and
 * `roleMentions` ("the Kremlin spokesman").
 */
/** The gender a role phrase's own words give its holder ("spokesman" → 'm'), if any. */
export function phraseGender(phrase: Phrase): Gender | undefined {
  const word = phraseCue(phrase);
  return word ? ROLE_NOUNS.get(word) : undefined;
}

export function genderCues(
  view: View,
  apposed: ReadonlyMap<number, Phrase>,
  roleMentions: readonly ResolvedMention[],
): Genders {
  const genders = new Genders();
  view.mentions.forEach((m, i) => {
    const first = view.firstTok[i]!;
    if (m.type !== 'person' || first < 0) return;
    const comma = lowerAt(view, first - 1) === ',' ? [first - 2] : [];
    for (const k of [first - 1, first, ...comma]) {
      const g = titleAt(view, k);
      if (g) genders.add(m.entityId, g, lowerAt(view, k));
    }
    const word = phraseCue(apposed.get(i)) ?? afterComma(view, view.lastTok[i]!);
    if (word) genders.add(m.entityId, ROLE_NOUNS.get(word)!, word);
  });
  for (const m of roleMentions) {
    const word = phraseCue(m);
    if (word) genders.add(m.entityId, ROLE_NOUNS.get(word)!, word);
  }
  return genders;
}
