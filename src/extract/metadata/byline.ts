/**
 * @module extract/metadata/byline
 * Parses a byline line ("By James Carter, Senior News Editor", "Jane Doe and John Roe, Reuters",
 * "by James Carter Senior News Editor") into authors with roles. Refuses ordinary sentences: a byline
 * is a short line whose name parts are runs of capitalised, name-like words.
 */
import type { Author } from '../../core/types.js';
import {
  AGENCIES,
  BYLINE_PREFIX,
  NAME_PARTICLES,
  NOT_BYLINE,
  NOT_NAMES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
} from './byline.data.js';
import { findDates } from './dates.js';

const MAX_LINE = 160;
const CONJ = '(?:and|und|et|y|e|en|i|и|та|ve|och|oraz)';
const NAME_SPLIT = new RegExp(String.raw`\s*(?:[,;&]\s*(?:${CONJ}\s+)?|\s${CONJ}\s)\s*`, 'iu');

/** The authors named by a byline line, or null when the line is not a byline. */
export function parseByline(line: string): Author[] | null {
  let text = line.replace(/\s+/g, ' ').trim();
  if (text.length === 0 || text.length > MAX_LINE || NOT_BYLINE.test(text)) return null;
  text = stripDatesAndNoise(text);
  const prefix = BYLINE_PREFIX.exec(text);
  if (prefix) text = text.slice(prefix[0].length);
  text = text.replace(/^[:\-–—\s]+/, '').trim();
  if (!text || text.split(' ').length > 16) return null;
  const segments = text.split(/\s*(?:\||·|•|\s[-–—]\s|\/\/)\s*/).filter(Boolean);
  const authors = readSegments(segments, prefix !== null);
  return authors && authors.length > 0 ? authors : null;
}

function stripDatesAndNoise(text: string): string {
  let out = text.replace(/\S+@\S+\.\w+/g, ' ').replace(/(^|\s)@\w+/g, ' ');
  out = out.replace(/\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?)\s*(?:read|ago|lesezeit)?\b.*$/i, '');
  const date = findDates(out)[0];
  if (date && date.index > 0) out = out.slice(0, date.index);
  else if (date) out = out.slice(date.text.length);
  out = out.replace(/\b(?:updated|published|posted|last updated|on|am|le|el|il|at|veröffentlicht)\s*:?\s*$/i, '');
  return out.replace(/[\s|,·•:\-–—]+$/u, '').replace(/^[\s|,·•:\-–—]+/u, '');
}

/** Reads "names[, role][, agency]" segments; every author gets the role that follows their names. */
function readSegments(segments: readonly string[], hasPrefix: boolean): Author[] | null {
  const authors: { name: string; role?: string }[] = [];
  let pending: { name: string; role?: string }[] = [];
  let sawOther = false;
  for (const segment of segments) {
    const parts = segment.split(NAME_SPLIT).filter(Boolean);
    for (const part of parts) {
      if (AGENCIES.test(part.trim())) {
        if (authors.length === 0) return null;
        continue;
      }
      const role = rolePhrase(part.split(' '));
      if (role !== null && role.start === 0) {
        for (const a of pending) a.role ??= role.text;
        pending = [];
        continue;
      }
      const tokens = role ? part.split(' ').slice(0, role.start) : part.split(' ');
      if (role && pending.length > 0 && !isName(tokens, false)) {
        for (const a of pending) a.role ??= part.replace(/[.,:]+$/, '');
        pending = [];
        continue;
      }
      if (isName(tokens, hasPrefix && authors.length === 0 && parts.length === 1)) {
        const author: { name: string; role?: string } = { name: tokens.join(' ') };
        if (role) author.role = role.text;
        authors.push(author);
        if (!role) pending.push(author);
        else pending = [];
        continue;
      }
      if (authors.length === 0) return null;
      sawOther = true;
    }
  }
  if (!hasPrefix && (sawOther || !confirmedWithoutPrefix(segments, authors))) return null;
  return authors.map((a) => (a.role ? { name: a.name, role: a.role } : { name: a.name }));
}

/** Without "By", a line counts as a byline only when a role or an agency follows the names. */
function confirmedWithoutPrefix(segments: readonly string[], authors: readonly Author[]): boolean {
  if (authors.some((a) => a.role)) return true;
  return segments.some((s) => s.split(/\s*,\s*/).some((p) => AGENCIES.test(p.trim())));
}

/** Where a trailing role phrase starts in the tokens ("Senior News Editor"), or null. */
function rolePhrase(tokens: readonly string[]): { start: number; text: string } | null {
  const low = tokens.map((t) => t.toLowerCase().replace(/[.,:]+$/, ''));
  const lastHead = findLastIndex(low, (t) => ROLE_HEADS.has(t) || t.split('-').some((p) => ROLE_HEADS.has(p)));
  if (lastHead < 0) return null;
  let start = lastHead;
  while (start > 0 && (ROLE_MODIFIERS.has(low[start - 1]!) || ROLE_HEADS.has(low[start - 1]!))) start--;
  const text = tokens
    .slice(start)
    .join(' ')
    .replace(/[.,:]+$/, '');
  return { start, text };
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

const CAPITALISED = /^(?:\p{Lu}[\p{L}'’`.-]*|\p{Lu}\.|(?:O'|Mc|Mac|d'|D'|al-|el-)\p{Lu}[\p{L}'’-]*)$/u;

/** A personal name: 2–5 capitalised tokens (particles allowed inside), or one token after "By". */
function isName(tokens: readonly string[], loneAllowed: boolean): boolean {
  const t = tokens.map((x) => x.replace(/[,;:]+$/, '')).filter(Boolean);
  if (t.length === 0 || t.length > 5) return false;
  const first = t[0]!;
  const last = t[t.length - 1]!;
  if (NOT_NAMES.has(first.toLowerCase()) || /\d/.test(t.join(''))) return false;
  if (t.length === 1)
    return loneAllowed && /^[\p{L}][\p{L}'’._-]{1,30}$/u.test(first) && !ROLE_HEADS.has(first.toLowerCase());
  if (!CAPITALISED.test(first) || !CAPITALISED.test(last)) return false;
  return t.every((x) => CAPITALISED.test(x) || NAME_PARTICLES.has(x.toLowerCase()));
}
