/**
 * @module analyze/claims/temporals.tense
 * The tense of the clause before a time expression, to place a weekday before or after the article date:
 * "are committing to halt fighting from 06:00 on Thursday" → future; "signed the accord on Tuesday" → past;
 * neither → null (the caller keeps its default and says the resolution is less sure). The nearest cue in the
 * clause wins; weak forward cues ("from", "starting") count only when the clause has no other cue.
 */
import { FUTURE_TENSE_CUES, NOT_PAST_ED, PAST_TENSE_CUES, WEAK_FUTURE_CUES } from './temporals.data.js';

export type ClauseTense = 'future' | 'past' | null;

/** Characters looked back at most; the clause stops at a sentence or clause mark before that. */
const REACH = 160;
const ADJECTIVE_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'our', 'these']);
const notPast = new Set(NOT_PAST_ED);
const pastWords = new Set(PAST_TENSE_CUES);
const phrases = (list: readonly string[]) => list.map((c) => c.split(' '));
const strongFuture = phrases(FUTURE_TENSE_CUES);
const weakFuture = phrases(WEAK_FUTURE_CUES);

/** The words of the clause that ends at `index` (lower case), in order. */
export function clauseBefore(s: string, index: number): string[] {
  const head = s.slice(Math.max(0, index - REACH), index);
  const parts = head.split(/[.!?;]\s|[,—–]\s*|:\s|\s[-–]\s|["“”]/u);
  return ((parts.at(-1) ?? '').toLowerCase().match(/[\p{L}']+/gu) ?? []).map((w) => w.replace(/^'(?!ll)|'$/u, ''));
}

/** Index just after the last occurrence of a phrase among the words, or -1. */
function lastAt(words: readonly string[], cue: readonly string[]): number {
  for (let i = words.length - cue.length; i >= 0; i--) {
    if (cue.every((w, j) => words[i + j] === w || (w === "'ll" && words[i + j]?.endsWith("'ll"))))
      return i + cue.length;
  }
  return -1;
}

function isPastWord(words: readonly string[], i: number): boolean {
  const w = words[i] ?? '';
  if (pastWords.has(w)) return true;
  if (!/^\p{L}{3,}ed$/u.test(w) || notPast.has(w)) return false;
  return !ADJECTIVE_BEFORE.has(words[i - 1] ?? '');
}

export function clauseTense(s: string, index: number): ClauseTense {
  const words = clauseBefore(s, index);
  const future = Math.max(-1, ...strongFuture.map((c) => lastAt(words, c)));
  let past = -1;
  for (let i = words.length - 1; i >= 0 && past < 0; i--) if (isPastWord(words, i)) past = i + 1;
  if (future > 0 || past > 0) return future >= past ? 'future' : 'past';
  return weakFuture.some((c) => lastAt(words, c) > 0) ? 'future' : null;
}
