/**
 * @module brief/nations
 * Provisional states of a story, for actors the knowledge base does not know: a name the story writes as a
 * state ("Republic of Ostrenia", a mention tagged country) or whose demonym it uses ("Valdorian President
 * Andrei Kolnar" and "Valdoria" → Valdoria). A speaker then belongs to the state whose name or demonym
 * stands in their name, role phrase or apposition, when that phrase is a government role ("Ostrenian
 * government spokesman Emil Varda" → Ostrenia; "a Valdorian farmer" → no actor). Morphology is general:
 * demonym endings (-ian, -an, -ese, -i, -ish) and name endings (-ia, -a, -y …) are stripped and the stems
 * compared.
 */
import type { BriefArticle } from './context.js';
import { textMemo } from './memo.js';
import {
  DEMONYM_ENDINGS,
  GOVERNMENT_ROLE,
  NAME_ENDINGS,
  NOT_STATES,
  STATE_HEADS,
  STATE_PHRASE,
} from './nations.data.js';

export interface Nation {
  readonly id: string;
  readonly name: string;
}

/** Stem → state, for the story's articles. */
export type Nations = ReadonlyMap<string, Nation>;

/** "Republic", "Government": the head of a state phrase, never a state's name. */
const STATE_WORD = new RegExp(`^(?:${STATE_HEADS.join('|')})\\b`, 'u');
const STATE_TYPES = new Set(['country', 'place', 'other', 'person', 'organisation']);

/** The stem of a state's name: "Valdoria" → "valdor", "Kenya" → "keny", "Estmark" → "estmark". */
export function nameStem(name: string): string {
  const w = name.toLowerCase();
  const end = NAME_ENDINGS.find((e) => w.endsWith(e) && w.length - e.length >= 4);
  return end ? w.slice(0, -end.length) : w;
}

/** The stems a demonym may come from: "Valdorian" → ["valdor", "valdori", …]. */
export function demonymStems(word: string): string[] {
  const w = word.toLowerCase();
  return DEMONYM_ENDINGS.filter((e) => w.endsWith(e) && w.length - e.length >= 4).map((e) => w.slice(0, -e.length));
}

/** The states of a story that the knowledge base may not know. */
export function storyNations(articles: readonly BriefArticle[]): Nations {
  const names = new Map<string, string>();
  const words = new Set<string>();
  for (const { article, analysis } of articles) {
    const scanned = textMemo(article)('nations', () => scanText(article.text));
    for (const w of scanned.words) words.add(w);
    for (const name of scanned.phrases) names.set(name, 'phrase');
    for (const m of analysis?.mentions ?? []) {
      if (!STATE_TYPES.has(m.type) || !/^\p{Lu}\p{Ll}{3,}$/u.test(m.text)) continue;
      if (m.type === 'country' || !names.has(m.text)) names.set(m.text, m.type);
    }
  }
  // Demonym stem → the capitalised words that give it, computed once rather than once per name.
  const fromStem = new Map<string, Set<string>>();
  for (const w of words) for (const st of demonymStems(w)) fromStem.set(st, (fromStem.get(st) ?? new Set()).add(w));
  const out = new Map<string, Nation>();
  for (const [name, how] of names) {
    if (NOT_STATES.has(name) || STATE_WORD.test(name)) continue;
    const stem = nameStem(name);
    const givers = fromStem.get(stem);
    const demonym = givers !== undefined && [...givers].some((w) => w !== name);
    if (how === 'country' || how === 'phrase' || demonym) {
      out.set(stem, { id: `new:country:${name.toLowerCase()}`, name });
    }
  }
  return out;
}

/** An article's capitalised words and the names its state phrases give ("Republic of Ostrenia" → Ostrenia). */
function scanText(text: string): { words: string[]; phrases: string[] } {
  const words = [...text.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)].map((m) => m[0]);
  const phrases = [...text.matchAll(STATE_PHRASE)].flatMap((m) => (m[1] ? [m[1]] : []));
  return { words, phrases };
}

/** The state a phrase names by its name or demonym ("Valdorian President", "the Ostrenian defence ministry"). */
export function nationIn(nations: Nations, phrase: string): Nation | null {
  for (const m of phrase.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)) {
    const n =
      nations.get(nameStem(m[0])) ??
      demonymStems(m[0])
        .map((s) => nations.get(s))
        .find(Boolean);
    if (n) return n;
  }
  return null;
}

/** The state a speaker speaks for: a state named in a government role phrase about them, else null. */
export function nationOfSpeaker(nations: Nations, phrases: readonly string[]): Nation | null {
  for (const p of phrases) {
    if (!GOVERNMENT_ROLE.test(p)) continue;
    const n = nationIn(nations, p);
    if (n) return n;
  }
  return null;
}
