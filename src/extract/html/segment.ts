/**
 * @module extract/html/segment
 * DOM → SourceBlocks: every visible text block of the page in source order, with offsets into the
 * decoded source; blocks outside the main content (or inside furniture within it) carry a removal
 * reason. Linear in the size of the page and free of recursion on DOM depth.
 * Messages: extract:no-main-content-candidate (info).
 */
import type { Document } from 'domhandler';
import type { MessageLog } from '../../core/message.js';
import type { RemovalReason } from '../../core/types.js';
import type { BlockRemoval, SourceBlock } from '../types.js';
import type { ElementHint } from './hints.js';
import { classWeight } from './hints.js';
import { refineBlocks } from './refine.js';
import type { ContentChoice } from './select.js';
import { chooseContent, effectiveHints, proseLengths, scoreCandidates } from './select.js';
import type { ElementTable, RawBlock } from './walk.js';
import { walkDocument } from './walk.js';

const OUTSIDE: BlockRemoval = { reason: 'chrome', ruleId: 'extract:outside-main-content' };
/** Content roots holding less text than this trigger a second, list-inclusive scoring. */
const FALLBACK_MIN_TEXT = 250;
/** Containers inside the content with more link text than this (and little prose) are furniture. */
const LINK_DENSE = 0.65;
const CLEANABLE = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table', 'aside', 'form', 'fieldset', 'nav', 'figure']);

export function segmentHtml(doc: Document, source: string, log: MessageLog): SourceBlock[] {
  const { table, blocks, title } = walkDocument(doc);
  if (blocks.length === 0) return [];
  const prose = proseLengths(table, blocks);
  const eff = effectiveHints(table, prose);
  const score = scoreCandidates(table, blocks, eff, prose);
  const byOwner = new Map<number, RawBlock[]>();
  for (const b of blocks) {
    const list = byOwner.get(b.owner);
    if (list) list.push(b);
    else byOwner.set(b.owner, [b]);
  }
  let choice = chooseContent(table, score, prose, eff, byOwner);
  if (!choice || choice.roots.reduce((n, r) => n + (table.textLen[r] ?? 0), 0) < FALLBACK_MIN_TEXT) {
    // Articles written as lists (or with next to no paragraphs): score list items too.
    const retry = chooseContent(table, scoreCandidates(table, blocks, eff, prose, true), prose, eff, byOwner);
    if (retry) choice = retry;
  }
  if (!choice) log.info('no main-content candidate on the page', { ruleId: 'extract:no-main-content-candidate' });
  const inside = contentMask(table, choice);
  const cleaned = conditionalClean(table, inside, prose, choice);
  const out: SourceBlock[] = blocks.map((b) =>
    toSourceBlock(b, removalFor(b, eff, inside, cleaned, choice), source.length),
  );
  return dropEmptySections(refineBlocks(out, title));
}

/** Per element: inside one of the chosen content roots. */
function contentMask(table: ElementTable, choice: ContentChoice | null): Uint8Array {
  const n = table.tag.length;
  const mask = new Uint8Array(n);
  if (!choice) return mask;
  for (const r of choice.roots) mask.fill(1, r, table.end[r]! + 1);
  return mask;
}

/** Readability-style conditional cleaning of link-heavy or furniture-weighted containers inside the content. */
function conditionalClean(
  table: ElementTable,
  inside: Uint8Array,
  prose: readonly number[],
  choice: ContentChoice | null,
): (BlockRemoval | undefined)[] {
  const n = table.tag.length;
  const out = new Array<BlockRemoval | undefined>(n);
  const roots = new Set(choice?.roots ?? []);
  const inArticle = new Uint8Array(n);
  const contentProse = [...roots].reduce((sum, r) => sum + (prose[r] ?? 0), 0);
  for (let i = 1; i < n; i++) {
    const parent = table.parent[i]!;
    inArticle[i] = inArticle[parent]! | (table.tag[parent] === 'article' ? 1 : 0);
    const inherited = out[parent];
    if (inherited) {
      out[i] = inherited;
      continue;
    }
    if (
      inside[i] &&
      table.tag[i] === 'article' &&
      inArticle[i] &&
      !roots.has(i) &&
      (prose[i] ?? 0) < 0.3 * contentProse
    ) {
      out[i] = { reason: 'teaser', ruleId: 'extract:nested-article' };
      continue;
    }
    if (!inside[i] || roots.has(i) || !CLEANABLE.has(table.tag[i]!)) continue;
    const text = table.textLen[i] ?? 0;
    if (text === 0) continue;
    const ld = (table.linkLen[i] ?? 0) / text;
    const p = prose[i] ?? 0;
    const list = table.tag[i] === 'ul' || table.tag[i] === 'ol';
    if (ld > LINK_DENSE && p < 0.5 * text)
      out[i] = { reason: list ? 'teaser' : 'chrome', ruleId: 'extract:link-dense-container' };
    else if (ld > 0.25 && p < 0.25 * text && classWeight(table.node[i] ?? null) < 0)
      out[i] = { reason: 'chrome', ruleId: 'extract:furniture-container' };
  }
  return out;
}

function removalFor(
  b: RawBlock,
  eff: readonly (ElementHint | undefined)[],
  inside: Uint8Array,
  cleaned: readonly (BlockRemoval | undefined)[],
  choice: ContentChoice | null,
): BlockRemoval | undefined {
  const hint = eff[b.owner];
  if (hint) return { reason: hint.reason, ruleId: hint.ruleId };
  const direct = choice !== null && b.owner === choice.parent && !b.whole && isProse(b);
  if (!inside[b.owner] && !direct) return OUTSIDE;
  const clean = cleaned[b.owner];
  if (clean) return clean;
  return undefined;
}

function isProse(b: RawBlock): boolean {
  return b.text.length > 80 && b.linkChars / b.text.length < 0.25;
}

function toSourceBlock(b: RawBlock, removal: BlockRemoval | undefined, length: number): SourceBlock {
  const linkDensity = b.text.length ? Math.min(1, b.linkChars / b.text.length) : 0;
  // Elements closed implicitly at the end of input report an end one past it.
  const end = Math.max(0, Math.min(length, b.end));
  const start = Math.max(0, Math.min(end, b.start));
  const out: { -readonly [K in keyof SourceBlock]: SourceBlock[K] } = {
    kind: b.kind,
    text: b.text,
    start,
    end,
    linkDensity,
  };
  if (b.level !== undefined) out.level = b.level;
  if (b.cells) out.cells = b.cells;
  if (removal) out.removal = removal;
  return out;
}

/** A kept heading whose section (up to the next kept heading of the same or higher rank) keeps nothing goes with it. */
function dropEmptySections(blocks: SourceBlock[]): SourceBlock[] {
  let nextKept: SourceBlock | undefined;
  let firstRemovedAfter: RemovalReason | undefined;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.removal) {
      firstRemovedAfter = b.removal.reason;
      continue;
    }
    if (b.kind === 'heading') {
      const sectionEmpty = !nextKept || (nextKept.kind === 'heading' && (nextKept.level ?? 6) <= (b.level ?? 6));
      if (sectionEmpty && firstRemovedAfter) {
        blocks[i] = { ...b, removal: { reason: firstRemovedAfter, ruleId: 'extract:empty-section-heading' } };
        continue;
      }
    }
    nextKept = b;
    firstRemovedAfter = undefined;
  }
  return blocks;
}
