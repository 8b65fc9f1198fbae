/**
 * @module extract/html/hints
 * What an element's own markup (tag, role, class, id, itemprop, hidden-ness) says about it:
 * a removal reason for page furniture, and a Readability-style weight for content candidates.
 */
import type { Element } from 'domhandler';
import type { RemovalReason } from '../../core/types.js';
import {
  BODY_CLASSES,
  CLASS_REASONS,
  NEGATIVE_WORDS,
  POSITIVE_WORDS,
  ROLE_REASONS,
  TAG_REASONS,
  WHOLE_CLASS_REASONS,
} from './boilerplate.data.js';

export interface ElementHint {
  readonly reason: RemovalReason;
  /** 'tag' and 'role' hints are structural; 'class' hints come from class/id names. */
  readonly from: 'tag' | 'role' | 'class';
  readonly ruleId: string;
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden by attribute or inline style (as Readability's visibility test). */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (!a) return false;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true' && !/fallback-image/.test(a.class ?? '')) return true;
  const style = a.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/** The class names and id of an element, each normalised (lower-case, no "-"/"_"), plus their words. */
function names(el: Element): { tokens: string[]; words: string[] } {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.trim();
  if (raw === '') return { tokens: [], words: [] };
  const tokens: string[] = [];
  const words: string[] = [];
  for (const t of raw.split(/\s+/)) {
    if (t.length > 60) continue;
    tokens.push(t.toLowerCase().replace(/[-_]/g, ''));
    for (const w of t
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[\s\-_:.]+/))
      if (w) words.push(w);
  }
  return { tokens, words };
}

/** Memo of class+id strings → reason (pages repeat the same class strings many times). */
const reasonMemo = new Map<string, Map<string, RemovalReason | null>>();
let reasonMemoSize = 0;
const weightMemo = new Map<string, number>();

function memoKey(el: Element): string {
  return `${el.attribs.class ?? ''}\u0001${el.attribs.id ?? ''}`;
}

function classReason(el: Element): RemovalReason | undefined {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (cls === undefined && id === undefined) return undefined;
  // Keyed by class, then id (no key string built per element).
  let byId = reasonMemo.get(cls ?? '');
  const known = byId?.get(id ?? '');
  if (known !== undefined) return known ?? undefined;
  if (reasonMemoSize > 20000) {
    reasonMemo.clear();
    reasonMemoSize = 0;
    byId = undefined;
  }
  const reason = computeClassReason(el);
  if (!byId) {
    byId = new Map();
    reasonMemo.set(cls ?? '', byId);
  }
  byId.set(id ?? '', reason ?? null);
  reasonMemoSize++;
  return reason;
}

function computeClassReason(el: Element): RemovalReason | undefined {
  const { tokens, words } = names(el);
  if (tokens.length === 0) return undefined;
  if (tokens.some((t) => BODY_CLASSES.test(t))) return undefined;
  for (const t of tokens) for (const [re, reason] of WHOLE_CLASS_REASONS) if (re.test(t)) return reason;
  for (const [re, reason] of CLASS_REASONS) for (const w of words) if (re.test(w)) return reason;
  return undefined;
}

/** The removal an element's markup suggests, if any. Size guards are applied later, by the caller. */
export function hintFor(el: Element, tag: string): ElementHint | undefined {
  const a = el.attribs;
  if (a.itemprop && /articlebody|text/i.test(a.itemprop)) return undefined;
  const tagReason = TAG_REASONS[tag];
  const role = a.role?.toLowerCase();
  const roleReason = role ? ROLE_REASONS[role] : undefined;
  // A generic structural reason ("chrome") gives way to a more specific class one (a cookie <dialog>).
  const specific = tagReason === 'chrome' || roleReason === 'chrome' ? classReason(el) : undefined;
  if (specific && specific !== 'chrome')
    return { reason: specific, from: tagReason ? 'tag' : 'role', ruleId: `extract:html-class-${specific}` };
  if (tagReason) return { reason: tagReason, from: 'tag', ruleId: `extract:html-${tag}` };
  if (roleReason) return { reason: roleReason, from: 'role', ruleId: `extract:html-role-${role}` };
  if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') return undefined;
  const reason = classReason(el);
  return reason ? { reason, from: 'class', ruleId: `extract:html-class-${reason}` } : undefined;
}

/** Readability-style class weight: +25 for article-ish names, −25 for furniture-ish names. */
export function classWeight(el: Element | null): number {
  if (!el) return 0;
  const key = `${memoKey(el)}\u0001${el.attribs.itemprop ?? ''}`;
  const known = weightMemo.get(key);
  if (known !== undefined) return known;
  if (weightMemo.size > 20000) weightMemo.clear();
  const w = computeClassWeight(el);
  weightMemo.set(key, w);
  return w;
}

function computeClassWeight(el: Element): number {
  const { tokens, words } = names(el);
  let w = 0;
  if (tokens.some((t) => BODY_CLASSES.test(t)) || /articlebody/i.test(el.attribs.itemprop ?? '')) w += 25;
  else if (words.some((x) => POSITIVE_WORDS.test(x))) w += 25;
  if (words.some((x) => NEGATIVE_WORDS.test(x))) w -= 25;
  return w;
}

/** Whether the element is explicitly marked as the article body (itemprop=articleBody, "entry-content", …). */
export function isBodyMarked(el: Element | null): boolean {
  if (!el) return false;
  if (/articlebody/i.test(el.attribs.itemprop ?? '')) return true;
  return names(el).tokens.some((t) => BODY_CLASSES.test(t));
}
