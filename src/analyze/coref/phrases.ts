/**
 * @module analyze/coref/phrases
 * Finds role phrases in a sentence's tokens: a title of the knowledge base's role vocabulary ("spokesman",
 * "secretary of state", "secretary-general"), the country or body words before it ("the Kremlin", "Russia's
 * foreign ministry", "US", "German", "UN") and an "of/for <body>" after it. Records what stands right before
 * the phrase ("the", a blocker such as "former" or "a") so the caller can tell an office-holder from a
 * description. Pure; the vocabulary is kb/roles.data.ts and coref.data.ts.
 */
import type { ResolvedMention } from '../entities/resolve.js';
import { type KnowledgeBase, normaliseName } from '../kb/index.js';
import { QUALIFIERS, TITLE_KEYS } from '../kb/roles.data.js';
import { BARE_ROLE_AFTER, EXCLUDED_TITLES, RIGHT_LINKS, ROLE_BLOCKERS } from './coref.data.js';
import { isCapital, lowerAt, mentionOf, type View } from './view.js';

interface Entry {
  readonly words: readonly string[];
  readonly key: string;
}

function byFirstWord(entries: readonly Entry[]): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const e of entries) {
    const first = e.words[0] ?? '';
    const list = out.get(first) ?? [];
    list.push(e);
    out.set(first, list);
  }
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length);
  return out;
}

const EXCLUDED = new Set(EXCLUDED_TITLES);
const TITLES = byFirstWord(
  Object.entries(TITLE_KEYS).flatMap(([key, list]) =>
    list.filter((p) => !EXCLUDED.has(p)).map((p) => ({ words: p.split(' '), key })),
  ),
);
const QUALS = byFirstWord(Object.keys(QUALIFIERS).map((p) => ({ words: p.split(' '), key: p })));
const QUALIFIER_NAMES = new Set(Object.keys(QUALIFIERS));
const BLOCKERS = new Set(ROLE_BLOCKERS);
const LINKS = new Set(RIGHT_LINKS);
const BARE_AFTER = new Set(BARE_ROLE_AFTER);
const POSSESSIVE = new Set(["'s", "'"]);

/** A role phrase: tokens [from, to), "the" excluded. */
export interface RolePhrase {
  readonly from: number;
  readonly to: number;
  /** Office key of the title (kb/roles.data.ts). */
  readonly key: string;
  /** Title tokens [titleFrom, titleTo). */
  readonly titleFrom: number;
  readonly titleTo: number;
  /** Country or body words found (before the title or after "of/for"). */
  readonly qualifiers: number;
  /** One of them is a body (an organisation, a ministry word), not just a country. */
  readonly body: boolean;
  readonly hasThe: boolean;
  /** The word right before the phrase that keeps it from naming today's holder ("former", "a", "his"). */
  readonly blocker?: string;
}

/** The longest vocabulary phrase starting at token `k` (before `to`): its end token and entry. */
function matchAt(
  view: View,
  k: number,
  to: number,
  table: Map<string, Entry[]>,
): { end: number; entry: Entry } | undefined {
  const first = view.norm[k]?.[0];
  if (!first || view.doc.tokens[k]?.kind !== 'word') return undefined;
  for (const entry of table.get(first) ?? []) {
    let pos = 0;
    let j = k;
    while (pos < entry.words.length && j < to) {
      const ws = view.norm[j]!;
      if (ws.length === 0 || pos + ws.length > entry.words.length) break;
      if (!ws.every((w, i) => entry.words[pos + i] === w)) break;
      pos += ws.length;
      j++;
    }
    if (pos === entry.words.length) return { end: j, entry };
  }
  return undefined;
}

/** A mention that says whose office it is: a country, a known body, a metonym, or a ministry word. */
function qualifierKind(m: ResolvedMention, kb: KnowledgeBase): 'country' | 'body' | undefined {
  if (m.type === 'person' || m.resolution === 'pronoun' || m.resolution === 'role') return undefined;
  if (QUALIFIER_NAMES.has(normaliseName(m.text))) return 'body';
  if (m.resolution === 'provisional') return undefined;
  const e = kb.get(m.entityId);
  if (e?.type === 'country') return 'country';
  if (e?.type === 'organisation') return 'body';
  return e?.type === 'place' && m.actorId ? 'body' : undefined;
}

interface Scan {
  /** First token of the qualifiers (left) or the token after them (right). */
  readonly at: number;
  readonly qualifiers: number;
  readonly body: boolean;
}

/** Country and body words ending at token `k` (leftwards, not before `lo`): "Russia's foreign ministry". */
function scanLeft(view: View, kb: KnowledgeBase, k: number, lo: number): Scan {
  let at = k + 1;
  let qualifiers = 0;
  let body = false;
  let j = k;
  while (j >= lo) {
    const m = mentionOf(view, j);
    if (m) {
      const kind = qualifierKind(m, kb);
      if (!kind) break;
      qualifiers++;
      body ||= kind === 'body';
      j = view.firstTok[view.mentionAt[j]!]! - 1;
      at = j + 1;
      continue;
    }
    const possessor = POSSESSIVE.has(lowerAt(view, j)) ? mentionOf(view, j - 1) : undefined;
    if (possessor && qualifierKind(possessor, kb) && view.doc.tokens[j]!.start === possessor.end) {
      j--;
      continue;
    }
    const start = [3, 2, 1, 0].map((d) => j - d).find((s) => s >= lo && matchAt(view, s, j + 1, QUALS)?.end === j + 1);
    if (start === undefined) break;
    qualifiers++;
    body = true;
    j = start - 1;
    at = start;
  }
  return { at, qualifiers, body };
}

/** "of/for [the] <body>" after the title: the scan past it, or undefined when the words are not a body. */
function scanRight(view: View, kb: KnowledgeBase, k: number, hi: number): Scan | undefined {
  let j = lowerAt(view, k + 1) === 'the' ? k + 2 : k + 1;
  let qualifiers = 0;
  let body = false;
  while (j < hi) {
    const m = mentionOf(view, j);
    const kind = m ? qualifierKind(m, kb) : undefined;
    if (m && kind) {
      qualifiers++;
      body ||= kind === 'body';
      j = view.lastTok[view.mentionAt[j]!]! + 1;
      if (POSSESSIVE.has(lowerAt(view, j)) && view.doc.tokens[j]!.start === m.end) j++;
      continue;
    }
    const q = m ? undefined : matchAt(view, j, hi, QUALS);
    if (!q) break;
    qualifiers++;
    body = true;
    j = q.end;
  }
  return qualifiers > 0 ? { at: j, qualifiers, body } : undefined;
}

/** What stands right before a phrase starting at token `at`: "the", a blocker, or nothing that matters. */
function before(view: View, at: number, lo: number): { hasThe: boolean; blocker?: string } {
  if (at <= lo) return { hasThe: false };
  const k = at - 1;
  const w = lowerAt(view, k);
  if (w === 'the') return { hasThe: true };
  if (BLOCKERS.has(w)) return { hasThe: false, blocker: w };
  if (POSSESSIVE.has(w) || mentionOf(view, k) || isCapital(view, k)) return { hasThe: false, blocker: w };
  if (view.doc.tokens[k]!.kind === 'word' && !BARE_AFTER.has(w)) return { hasThe: false, blocker: w };
  return { hasThe: false };
}

/** The role phrase whose title starts at token `k` of the sentence tokens [lo, hi), or undefined. */
export function rolePhraseAt(view: View, kb: KnowledgeBase, k: number, lo: number, hi: number): RolePhrase | undefined {
  const title = matchAt(view, k, hi, TITLES);
  if (!title) return undefined;
  for (let j = k; j < title.end; j++) if (mentionOf(view, j)) return undefined;
  let to = title.end;
  let right: Scan | undefined;
  if (LINKS.has(lowerAt(view, to)) && to < hi) {
    right = scanRight(view, kb, to, hi);
    // "the president of the company": a body the knowledge base does not know; say nothing.
    if (!right) return undefined;
    to = right.at;
  }
  const left = scanLeft(view, kb, k - 1, lo);
  const context = before(view, left.at, lo);
  return {
    from: left.at,
    to,
    key: title.entry.key,
    titleFrom: k,
    titleTo: title.end,
    qualifiers: left.qualifiers + (right?.qualifiers ?? 0),
    body: left.body || (right?.body ?? false),
    hasThe: context.hasThe,
    ...(context.blocker !== undefined ? { blocker: context.blocker } : {}),
  };
}
