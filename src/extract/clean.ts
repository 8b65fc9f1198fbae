/**
 * @module extract/clean
 * Marks boilerplate among SourceBlocks, for HTML and text captures alike: breadcrumbs, calls to action,
 * teaser labels and the teaser titles that follow them, comment forms and spam notices, ad-block and cookie
 * notices, share buttons, newsletter prompts, promotional inserts, chatbot residue, byline and date lines,
 * exact repeats of blocks; repairs tables (extract/tables.ts). Blocks are only marked (`removal`), never
 * dropped, so assembly can record every removal with its original offsets.
 * Evidence is combined: a lexicon pattern (clean.data.ts) only fires on a short block, anchored at its start,
 * so a paragraph of reporting that mentions "comment" or "read" is kept.
 * Messages: extract:<rule> (info) per removed block; extract:chatbot-residue is a warning.
 */
import type { MessageLog } from '../core/message.js';
import {
  AUTHOR_BOX_LABEL,
  BLOCK_RULES,
  BREADCRUMB_PREFIX,
  BREADCRUMB_ROOT,
  BREADCRUMB_STRONG_SEPARATOR,
  BREADCRUMB_WEAK_SEPARATOR,
  BYLINE_CUE,
  DATE_LINE_PATTERNS,
  LIST_TEASER_LABEL,
  META_PART_SEPARATOR,
  SINGLE_TEASER_LABEL,
} from './clean.data.js';
import { parseByline } from './metadata/byline.js';
import { repairTables } from './tables.js';
import type { BlockRemoval, SourceBlock } from './types.js';
import { lettersAndDigits, needsNormalising } from './whitespace.js';

/** Whitespace collapsed, curly quotes and apostrophes straightened, trimmed. */
export function normaliseText(text: string): string {
  if (!needsNormalising(text)) return text;
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** No lexicon rule looks at a block longer than this (normalised); longer raw blocks skip the lexicon. */
const LONGEST_RULE = Math.max(...BLOCK_RULES.map((r) => r.maxLength));

const removal = (reason: BlockRemoval['reason'], rule: string): BlockRemoval => ({ reason, ruleId: `extract:${rule}` });

/**
 * BLOCK_RULES with each rule's patterns joined into one alternation per flag set: one regex run instead of
 * one per pattern, and the same verdict (the patterns have no backreferences, named groups or g/y flags).
 */
const COMBINED_RULES = BLOCK_RULES.map((rule) => {
  const byFlags = new Map<string, string[]>();
  for (const p of rule.patterns) {
    const sources = byFlags.get(p.flags);
    if (sources) sources.push(p.source);
    else byFlags.set(p.flags, [p.source]);
  }
  const combined = [...byFlags].map(([flags, sources]) => new RegExp(sources.map((x) => `(?:${x})`).join('|'), flags));
  return { rule, combined };
});

/** Marks the boilerplate of `blocks`; returns a new array of the same blocks in the same order. */
export function cleanBlocks(blocks: readonly SourceBlock[], log: MessageLog): SourceBlock[] {
  let out = blocks.map((block, index) => markBlock(block, index));
  out = markTeaserRuns(out);
  out = markAuthorBoxes(out);
  out = markMenuRuns(out);
  out = markCommentThread(out);
  out = repairTables(out);
  out = markDuplicateBlocks(out);
  reportRemovals(blocks, out, log);
  return out;
}

/** The block with its removal if a single-block rule fires (rules run in order; the first wins). */
function markBlock(block: SourceBlock, index: number): SourceBlock {
  if (block.removal) return block;
  const found = classifyBlock(block, index);
  if (!found) return block;
  // Promotional inserts ("Pro Tip:", "Did you know?") are the outlet's own words and may carry claims
  // that verification must see: they stay in the text, marked, instead of being removed.
  if (found.reason === 'promo') return { ...block, mark: 'promo' };
  return { ...block, removal: found };
}

/** Why a lone block is boilerplate, or null. `index` is its position among the page's blocks. */
export function classifyBlock(block: SourceBlock, index: number): BlockRemoval | null {
  if (!/[\p{L}\p{N}]/u.test(block.text)) return removal('empty', 'empty');
  if (block.kind === 'table-row' || block.text.length > LONGEST_RULE * 4) return null;
  const text = normaliseText(block.text);
  for (const { rule, combined } of COMBINED_RULES) {
    if (text.length <= rule.maxLength && combined.some((p) => p.test(text))) return removal(rule.reason, rule.id);
  }
  if (isBreadcrumb(text)) return removal('breadcrumb', 'breadcrumb');
  return bylineOrDate(text, index);
}

/** "Home » World » Europe » Title", "Home > News > Politics": crumbs short except perhaps the last. */
export function isBreadcrumb(line: string): boolean {
  const text = line.replace(BREADCRUMB_PREFIX, '');
  if (text.length > 300) return false;
  const strong = text.split(BREADCRUMB_STRONG_SEPARATOR);
  if (strong.length >= 2 && crumbsShort(strong)) return strong.length >= 3 || BREADCRUMB_ROOT.test(strong[0]!);
  const weak = text.split(BREADCRUMB_WEAK_SEPARATOR);
  return weak.length >= 3 && BREADCRUMB_ROOT.test(weak[0]!) && crumbsShort(weak);
}

function crumbsShort(parts: readonly string[]): boolean {
  const heads = parts.slice(0, -1);
  const last = parts[parts.length - 1]!;
  return (
    heads.every((p) => p !== '' && p.split(' ').length <= 5 && !/[.!?]$/.test(p)) &&
    last.length > 0 &&
    last.length <= 200 &&
    !/[.!?]\s+\p{Lu}/u.test(last)
  );
}

/** Byline lines ("By Jane Doe, Senior Editor"), date / reading-time stamps, and lines made of both. */
function bylineOrDate(text: string, index: number): BlockRemoval | null {
  if (text.length > 160) return null;
  const kind = metaPart(text);
  if (kind) return kind === 'byline' ? removal('byline', 'byline') : removal('metadata-line', 'date-line');
  const parts = text.split(META_PART_SEPARATOR).filter((p) => p !== '');
  if (parts.length >= 2) {
    const kinds = parts.map(metaPart);
    if (kinds.every((k) => k !== null)) {
      return kinds.includes('byline') ? removal('byline', 'byline') : removal('metadata-line', 'date-line');
    }
  }
  if (index < 12 && text.length <= 100 && !/[.!?:;]$/.test(text)) {
    const authors = safeParseByline(text);
    if (authors && authors.length > 0 && /^(?:by\b|\p{Lu})/iu.test(text) && looksLikeNames(text)) {
      return removal('byline', 'byline');
    }
  }
  return null;
}

/** Whether one part of a line is a byline, a date / time / reading-time stamp, or neither. */
function metaPart(part: string): 'byline' | 'date' | null {
  const cue = BYLINE_CUE.exec(part);
  if (cue && looksLikeNames(part.slice(cue[0].length))) return 'byline';
  if (
    DATE_LINE_PATTERNS.some((p) => p.test(part)) ||
    /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?$/i.test(part)
  ) {
    return 'date';
  }
  return null;
}

function safeParseByline(text: string): ReturnType<typeof parseByline> {
  try {
    return parseByline(text);
  } catch {
    return null;
  }
}

const NAME_CONNECTOR =
  /^(?:and|&|of|for|the|at|in|de|del|della|da|van|von|der|den|du|le|la|bin|al|el|y|e|und|et|with|senior|staff|chief|news|correspondent|reporter|editor|writer|contributor|columnist|analyst)$/i;

/** Most words capitalised (names, roles, outlet) or name connectors; no sentence inside. */
function looksLikeNames(rest: string): boolean {
  const trimmed = rest.trim();
  if (!/^[\p{Lu}@]/u.test(trimmed) || /[.!?]\s+\p{Lu}\p{Ll}/u.test(trimmed) || /[!?]$/.test(trimmed)) return false;
  const words = trimmed.split(/[\s,|·•/]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || words.length > 16) return false;
  const namey = words.filter((w) => /^[\p{Lu}\p{N}@(]/u.test(w) || NAME_CONNECTOR.test(w)).length;
  return namey / words.length >= 0.75;
}

/** Removes "Previous Article" / "You may also like" labels and the teaser titles that follow them. */
export function markTeaserRuns(blocks: readonly SourceBlock[]): SourceBlock[] {
  const out = [...blocks];
  for (let i = 0; i < out.length; i++) {
    const block = out[i]!;
    const labelled = !block.removal || block.removal.reason === 'teaser' || block.removal.reason === 'call-to-action';
    if (block.kind === 'table-row' || block.text.length > 200 || !labelled) continue;
    const text = normaliseText(block.text);
    const single = SINGLE_TEASER_LABEL.test(text);
    if (!single && !LIST_TEASER_LABEL.test(text)) continue;
    if (!block.removal) out[i] = { ...block, removal: removal('teaser', 'teaser-label') };
    markTeaserTitles(out, i + 1, single ? 1 : 12);
  }
  return out;
}

function markTeaserTitles(out: SourceBlock[], from: number, limit: number): void {
  let taken = 0;
  for (let j = from; j < out.length && taken < limit; j++) {
    const block = out[j]!;
    if (block.removal) {
      if (block.removal.reason === 'metadata-line' || block.removal.reason === 'byline') continue;
      return;
    }
    if (!isTeaserTitle(block)) return;
    out[j] = { ...block, removal: removal('teaser', 'teaser-title') };
    taken++;
  }
}

/** Short, title-shaped, at most one sentence, and not itself a teaser label. */
function isTeaserTitle(block: SourceBlock): boolean {
  if (block.kind === 'table-row' || block.kind === 'quote' || block.kind === 'preformatted') return false;
  if (block.text.length > 400) return false;
  const text = normaliseText(block.text);
  const limit = (block.linkDensity ?? 0) >= 0.8 ? 300 : 200;
  if (text.length === 0 || text.length > limit || text.split(' ').length > 45) return false;
  if (/[.:;,]["'”’)\]]*$/.test(text) || /[.!?]\s+\p{Lu}/u.test(text) || /^\p{Ll}|^\(/u.test(text)) return false;
  return !SINGLE_TEASER_LABEL.test(text) && !LIST_TEASER_LABEL.test(text);
}

/** Share of the page's kept text that must come before a comment prompt for what follows to be its thread. */
const THREAD_AFTER_SHARE = 0.7;

/**
 * Readers' comments follow the comment prompt at the end of a page ("12 Comments", "Leave a Reply"): once such a
 * prompt comes after most of the page's text, the blocks after it are the comment thread, not the story.
 */
export function markCommentThread(blocks: readonly SourceBlock[]): SourceBlock[] {
  const total = blocks.reduce((sum, b) => sum + (b.removal ? 0 : b.text.length), 0);
  let before = 0;
  const at = blocks.findIndex((b) => {
    if (!b.removal) before += b.text.length;
    return b.removal?.reason === 'comments' && before >= THREAD_AFTER_SHARE * total;
  });
  if (at < 0) return [...blocks];
  return blocks.map((b, i) => (i > at && !b.removal ? { ...b, removal: removal('comments', 'comment-thread') } : b));
}

/** An "About the author" label and the short bio right after it are byline material, not the story. */
export function markAuthorBoxes(blocks: readonly SourceBlock[]): SourceBlock[] {
  const out = [...blocks];
  for (let i = 0; i < out.length; i++) {
    const block = out[i]!;
    if (block.removal || block.kind === 'table-row' || block.text.length > 200) continue;
    if (!AUTHOR_BOX_LABEL.test(normaliseText(block.text))) continue;
    out[i] = { ...block, removal: removal('byline', 'author-box') };
    const next = out[i + 1];
    if (next && !next.removal && next.kind === 'paragraph' && normaliseText(next.text).length <= 500) {
      out[i + 1] = { ...next, removal: removal('byline', 'author-box') };
    }
  }
  return out;
}

/** A menu item: one to three capitalised words, short, no digits, no sentence punctuation. */
const isMenuItem = (block: SourceBlock) => {
  if (block.text.length > 120) return false;
  const text = normaliseText(block.text);
  return (
    (block.kind === 'heading' || block.kind === 'paragraph') &&
    text.length <= 30 &&
    text.split(' ').length <= 3 &&
    /^\p{Lu}/u.test(text) &&
    !/[\d.!?:;,"%]/.test(text)
  );
};

/**
 * A run of at least MENU_RUN menu items in a row (site navigation flattened into lines) is navigation, when it
 * lies at the top or the bottom of the page (within MENU_EDGE blocks of either end).
 */
const MENU_RUN = 5;
const MENU_EDGE = 15;

export function markMenuRuns(blocks: readonly SourceBlock[]): SourceBlock[] {
  const out = [...blocks];
  let from = 0;
  while (from < out.length) {
    let to = from;
    while (to < out.length && !out[to]!.removal && isMenuItem(out[to]!)) to++;
    if (to - from >= MENU_RUN && (from < MENU_EDGE || to > out.length - MENU_EDGE)) {
      for (let i = from; i < to; i++) out[i] = { ...out[i]!, removal: removal('navigation', 'menu-run') };
    }
    from = Math.max(to, from + 1);
  }
  return out;
}

/** Case, punctuation and spacing ignored; a very long block is compared as it is (cheaper, still exact). */
const duplicateKey = (text: string) => (text.length > 5000 ? text : lettersAndDigits(normaliseText(text)));

/** Long enough that a repeat can only be a copy error (a paragraph of reporting pasted twice). */
const LONG_BLOCK = 150;
/** A run of this many blocks and characters repeating an earlier run in order is a section pasted twice. */
const REPEATED_RUN = 3;
const REPEATED_RUN_CHARS = 400;

/**
 * A kept block (not a table row) that repeats an earlier kept block is removed when the repeat is evidently an
 * accident: the block is long, or it directly follows its twin, or it belongs to a run of blocks that repeats an
 * earlier run in order. Short blocks that a page legitimately repeats ("Available from Amazon", a recurring
 * interview question) are kept.
 */
export function markDuplicateBlocks(blocks: readonly SourceBlock[]): SourceBlock[] {
  const kept = blocks.map((b, i) => ({ b, i })).filter(({ b }) => !b.removal && b.kind !== 'table-row');
  const firstSeen = new Map<string, number>();
  const twin = kept.map(({ b }, k) => {
    const key = duplicateKey(b.text);
    if (key.length < 12) return -1;
    const earlier = firstSeen.get(key);
    if (earlier === undefined) firstSeen.set(key, k);
    return earlier ?? -1;
  });
  const inRun = repeatedRuns(
    twin,
    kept.map(({ b }) => b.text.length),
  );
  const out = [...blocks];
  kept.forEach(({ b, i }, k) => {
    const t = twin[k]!;
    if (t < 0) return;
    if (b.text.trim().length >= LONG_BLOCK || t === k - 1 || inRun[k]) {
      out[i] = { ...b, removal: removal('duplicate-block', 'duplicate-block') };
    }
  });
  return out;
}

/** Marks positions that are part of a long enough run of consecutive repeats of consecutive blocks. */
function repeatedRuns(twin: readonly number[], lengths: readonly number[]): boolean[] {
  const marks = twin.map(() => false);
  let k = 0;
  while (k < twin.length) {
    let end = k;
    while (twin[end]! >= 0 && end + 1 < twin.length && twin[end + 1] === twin[end]! + 1) end++;
    const chars = lengths.slice(k, end + 1).reduce((a, b) => a + b, 0);
    if (twin[k]! >= 0 && end - k + 1 >= REPEATED_RUN && chars >= REPEATED_RUN_CHARS) {
      for (let m = k; m <= end; m++) marks[m] = true;
    }
    k = end + 1;
  }
  return marks;
}

function reportRemovals(before: readonly SourceBlock[], after: readonly SourceBlock[], log: MessageLog): void {
  after.forEach((block, i) => {
    if (!block.removal || before[i]?.removal) return;
    const snippet = normaliseText(block.text);
    const shown = snippet.length > 60 ? `${snippet.slice(0, 57)}…` : snippet;
    // Chatbot residue says something about the page's integrity (DESIGN §2, verify flags): a warning.
    const severity = block.removal.reason === 'chatbot-residue' ? 'warning' : 'info';
    log.message(`removed ${block.removal.reason}: "${shown}"`, { ruleId: block.removal.ruleId, severity });
  });
}
