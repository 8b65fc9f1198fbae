/**
 * @module extract/html/select
 * Finds the main-content containers among the numbered elements: furniture hints with size
 * guards, Readability-style candidate scoring over the raw blocks, promotion to a better
 * ancestor, and sibling inclusion (articles split over several containers).
 */

import { TAG_WEIGHTS } from './boilerplate.data.js';
import type { ElementHint } from './hints.js';
import { classWeight, isBodyMarked } from './hints.js';
import type { ElementTable, RawBlock } from './walk.js';

/** Share of the page's prose above which a furniture hint is distrusted (it would swallow the article). */
const GUARD_SHARE = 0.4;
const GUARD_SHARE_COMMENTS = 0.85;

/** Below this share of the page's prose a candidate's score is scaled down proportionally. */
const MIN_SHARE = 0.25;
const GROW_PROSE_RATIO = 3;
const GROW_MIN_SCORE = 0.5;
/** An ancestor marked as the article body is taken when it adds this much prose. */
const BODY_MARK_PROSE_RATIO = 1.5;
const SIBLING_MIN_PROSE = 100;
const SIBLING_PROSE_SHARE = 0.7;
const SIBLING_MAX_LINK_DENSITY = 0.2;
const GROW_MAX_LINK_DENSITY = 0.35;

const ARTICLE_TAGS = new Set(['article', 'main']);

const PROSE_KINDS = new Set(['paragraph', 'quote', 'preformatted', 'list-item']);

/** Per element: characters of prose-like blocks in its subtree. */
export function proseLengths(table: ElementTable, blocks: readonly RawBlock[]): number[] {
  const prose = new Array<number>(table.tag.length).fill(0);
  for (const b of blocks) {
    if (!PROSE_KINDS.has(b.kind) || b.text.length < 40) continue;
    if (b.linkChars / b.text.length > 0.35) continue;
    prose[b.owner] = (prose[b.owner] ?? 0) + b.text.length;
  }
  for (let i = table.tag.length - 1; i > 0; i--) {
    const p = table.parent[i]!;
    prose[p] = (prose[p] ?? 0) + prose[i]!;
  }
  return prose;
}

/** The furniture hint in force on each element: its own (if not guarded) or its nearest ancestor's. */
export function effectiveHints(table: ElementTable, prose: readonly number[]): (ElementHint | undefined)[] {
  const n = table.tag.length;
  const eff = new Array<ElementHint | undefined>(n);
  const total = prose[0] ?? 0;
  const inArticle = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const parent = table.parent[i]!;
    inArticle[i] = inArticle[parent]! | (ARTICLE_TAGS.has(table.tag[parent]!) ? 1 : 0);
    const inherited = eff[parent];
    if (inherited) {
      eff[i] = inherited;
      continue;
    }
    const hint = table.hint[i];
    if (!hint) continue;
    // An article's own <header> holds its title, standfirst and byline: left to the line rules.
    if (hint.from === 'tag' && table.tag[i] === 'header' && inArticle[i]) continue;
    const share = hint.reason === 'comments' ? GUARD_SHARE_COMMENTS : GUARD_SHARE;
    if ((total > 300 || hint.from === 'class') && (prose[i] ?? 0) > share * total) continue;
    eff[i] = hint;
  }
  return eff;
}

const linkDensity = (t: ElementTable, i: number) => (t.textLen[i] ? (t.linkLen[i] ?? 0) / t.textLen[i]! : 0);

/** Readability-style content scores per element (only candidates get one). */
export function scoreCandidates(
  table: ElementTable,
  blocks: readonly RawBlock[],
  eff: readonly (ElementHint | undefined)[],
  prose: readonly number[],
  withLists = false,
): Map<number, number> {
  const score = new Map<number, number>();
  for (const b of blocks) {
    if (eff[b.owner] || b.kind === 'heading' || b.kind === 'caption') continue;
    if (b.kind === 'list-item' && (!withLists || b.linkChars > 0.3 * b.text.length)) continue;
    const len = b.text.length;
    if (len < 25) continue;
    const commas = countCommas(b.text);
    const points = 1 + commas + Math.min(Math.floor(len / 100), 3);
    let el = b.whole ? table.parent[b.owner]! : b.owner;
    for (let level = 0; level < 5 && el > 0; level++) {
      if (!score.has(el)) score.set(el, (TAG_WEIGHTS[table.tag[el]!] ?? 0) + classWeight(table.node[el] ?? null));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score.set(el, score.get(el)! + points / divider);
      el = table.parent[el]!;
    }
  }
  const total = prose[0] ?? 0;
  for (const [el, s] of score) {
    // A container holding little of the page's prose cannot be the article, whatever its class says.
    const share = total > 500 ? (prose[el] ?? 0) / total : 1;
    const penalty = share < MIN_SHARE ? share / MIN_SHARE : 1;
    score.set(el, s * (1 - linkDensity(table, el)) * penalty);
  }
  return score;
}

/** Commas of any script in `text`: (text.match(/[,，、،]/g) ?? []).length without the array. */
function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0xff0c || c === 0x3001 || c === 0x060c) n++;
  }
  return n;
}

/** Children of element i, in order. */
function children(table: ElementTable, i: number): number[] {
  const out: number[] = [];
  const last = table.end[i]!;
  for (let j = i + 1; j <= last; j = table.end[j]! + 1) out.push(j);
  return out;
}

const within = (t: ElementTable, anc: number, i: number) => i >= anc && i <= t.end[anc]!;

function promote(table: ElementTable, score: Map<number, number>, prose: readonly number[], top: number): number {
  const topScore = score.get(top) ?? 0;
  const alternatives = [...score.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(1, 6)
    .filter(([el, s]) => s / topScore >= 0.75 && !within(table, el, top) && !within(table, top, el))
    .map(([el]) => el);
  if (alternatives.length >= 3) {
    for (let p = table.parent[top]!; p > 0; p = table.parent[p]!) {
      if (alternatives.filter((a) => within(table, p, a)).length >= 3) {
        top = p;
        break;
      }
    }
  }
  let last = score.get(top) ?? 0;
  for (let p = table.parent[top]!; p > 0 && table.tag[p] !== 'body'; p = table.parent[p]!) {
    const ps = score.get(p);
    if (ps === undefined) continue;
    if (ps < last / 3) break;
    if (ps > last) {
      top = p;
      break;
    }
    last = ps;
  }
  for (
    let p = table.parent[top]!;
    p > 0 && table.tag[p] !== 'body' && children(table, p).length === 1;
    p = table.parent[p]!
  )
    top = p;
  return growToProse(table, score, prose, top);
}

/**
 * An article split over many sibling sections: climb to an ancestor that holds far more of the
 * page's prose, is not link-heavy, and scores at least half as well.
 */
function growToProse(table: ElementTable, score: Map<number, number>, prose: readonly number[], top: number): number {
  const topScore = score.get(top) ?? 0;
  for (let p = table.parent[top]!; p > 0 && table.tag[p] !== 'body' && table.tag[p] !== 'html'; p = table.parent[p]!) {
    if (
      isBodyMarked(table.node[p] ?? null) &&
      linkDensity(table, p) < GROW_MAX_LINK_DENSITY &&
      (prose[p] ?? 0) >= BODY_MARK_PROSE_RATIO * (prose[top] ?? 0)
    ) {
      top = p;
      continue;
    }
    const ps = score.get(p);
    if (ps === undefined || ps < GROW_MIN_SCORE * topScore) continue;
    if ((prose[p] ?? 0) >= GROW_PROSE_RATIO * (prose[top] ?? 0) && linkDensity(table, p) < GROW_MAX_LINK_DENSITY)
      top = p;
  }
  return top;
}

export interface ContentChoice {
  /** Elements whose subtrees are main content. */
  readonly roots: readonly number[];
  /** The parent of the top candidate: text directly in it may join the content. */
  readonly parent: number;
}

/** Picks the top candidate and the siblings that belong with it. */
export function chooseContent(
  table: ElementTable,
  score: Map<number, number>,
  prose: readonly number[],
  eff: readonly (ElementHint | undefined)[],
  blocksByOwner: Map<number, RawBlock[]>,
): ContentChoice | null {
  let top = -1,
    best = -Infinity;
  for (const [el, s] of score)
    if (s > best) {
      best = s;
      top = el;
    }
  if (top < 0) return null;
  top = promote(table, score, prose, top);
  const topScore = score.get(top) ?? best;
  const parent = table.parent[top]!;
  if (parent <= 0) return { roots: [top], parent: -1 };
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = table.node[top]?.attribs.class ?? '';
  const roots: number[] = [];
  for (const c of children(table, parent)) {
    if (c === top) {
      roots.push(c);
      continue;
    }
    let s = score.get(c) ?? -Infinity;
    if (topClass !== '' && table.node[c]?.attribs.class === topClass) s += topScore * 0.2;
    if (s >= threshold || isProseSibling(table, c, blocksByOwner) || isProseContainer(table, prose, eff, c))
      roots.push(c);
  }
  return { roots, parent };
}

/** A sibling container that is almost all prose (an intro or a second body part), not furniture. */
function isProseContainer(
  table: ElementTable,
  prose: readonly number[],
  eff: readonly (ElementHint | undefined)[],
  c: number,
): boolean {
  if (eff[c]) return false;
  const p = prose[c] ?? 0,
    text = table.textLen[c] ?? 0;
  return p >= SIBLING_MIN_PROSE && p >= SIBLING_PROSE_SHARE * text && linkDensity(table, c) < SIBLING_MAX_LINK_DENSITY;
}

function isProseSibling(table: ElementTable, c: number, blocksByOwner: Map<number, RawBlock[]>): boolean {
  const own = blocksByOwner.get(c);
  if (own?.length !== 1 || !own[0]!.whole) return false;
  void table;
  const b = own[0]!;
  if (b.kind !== 'paragraph' && b.kind !== 'quote') return false;
  const len = b.text.length,
    ld = b.linkChars / Math.max(1, len);
  if (len > 80) return ld < 0.25;
  return len > 0 && ld === 0 && /\.( |$)/.test(b.text);
}
