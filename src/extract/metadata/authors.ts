/**
 * @module extract/metadata/authors
 * Authors of an HTML page: JSON-LD author, meta author tags (not profile URLs), microdata,
 * rel=author links, byline elements and byline lines of the text — each parsed into
 * names with roles where the byline gives one.
 */
import type { Author, Field } from '../../core/types.js';
import type { SourceBlock } from '../types.js';
import { LEAD_IN, NOT_AUTHOR_TEXT, NOT_NAMES, TRAILING_WEEKDAY } from './byline.data.js';
import { parseByline } from './byline.js';
import { type Candidate, choose, normaliseKey } from './candidates.js';
import type { JsonLdFacts } from './json-ld.js';
import type { PageScan } from './scan.js';

const AUTHOR_META = new Map<string, number>([
  ['author', 0.75],
  ['article:author', 0.7],
  ['og:article:author', 0.7],
  ['dc.creator', 0.7],
  ['dcterms.creator', 0.7],
  ['byl', 0.7],
  ['sailthru.author', 0.7],
  ['parsely-author', 0.7],
  ['citation_author', 0.7],
]);

/** Splits a list of names ("Jane Doe, John Roe und Max Mustermann") without requiring a byline shape. */
export function splitNames(text: string, sites: readonly string[] = []): Author[] {
  const clean = cleanNameText(text);
  if (!clean || NOT_AUTHOR_TEXT.test(clean) || /^https?:|^www\.|\/\//i.test(clean) || clean.length > 200) return [];
  const parsed = parseByline(clean) ?? parseByline(`By ${clean}`);
  if (parsed) return parsed.filter((a) => !isSite(a.name, sites) && !NOT_AUTHOR_TEXT.test(a.name));
  const names = clean
    .split(/\s*(?:[,;&|]|\s(?:and|und|et|y)\s)\s*/i)
    .map((n) => n.trim())
    .filter(
      (n) =>
        n.length >= 2 &&
        n.length <= 60 &&
        /\p{L}/u.test(n) &&
        !NOT_AUTHOR_TEXT.test(n) &&
        !NOT_NAMES.has(n.toLowerCase()) &&
        !isSite(n, sites),
    );
  return names.map((name) => ({ name }));
}

/** Drops lead-in words ("Veröffentlicht von"), a trailing weekday, and a name written twice. */
function cleanNameText(text: string): string {
  let s = text.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 2; i++) s = s.replace(LEAD_IN, '');
  s = s
    .replace(/\s+(?:am|on|le|el|il|at|um|\||-|–|,)?\s*\d.*$/u, '')
    .replace(TRAILING_WEEKDAY, '')
    .replace(/^@/, '')
    .trim();
  const words = s.split(' ');
  const half = words.length / 2;
  if (words.length >= 2 && words.length % 2 === 0 && words.slice(0, half).join(' ') === words.slice(half).join(' ')) {
    s = words.slice(0, half).join(' ');
  }
  return s;
}

function isSite(name: string, sites: readonly string[]): boolean {
  const k = normaliseKey(name).replace(/ /g, '');
  return sites.some((s) => normaliseKey(s).replace(/ /g, '') === k);
}

const keyOf = (authors: Author[]) =>
  authors
    .map((a) => normaliseKey(a.name))
    .sort()
    .join('|');

/** The page's authors with their origin. */
export function chooseAuthors(
  scan: PageScan,
  jsonLd: JsonLdFacts | null,
  blocks: readonly SourceBlock[],
  sites: readonly string[],
): Field<Author[]> | null {
  const cands: Candidate<Author[]>[] = [];
  const add = (value: Author[], source: Candidate<Author[]>['source'], confidence: number, note: string) => {
    const seen = new Set<string>();
    const unique = value.filter((a) => {
      const k = normaliseKey(a.name);
      if (!k || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (unique.length > 0) cands.push({ value: unique, source, confidence, note });
  };
  if (jsonLd && jsonLd.authors.length > 0)
    add(
      jsonLd.authors.flatMap((n) => splitNames(n, sites)),
      'json-ld',
      0.85,
      `json-ld ${jsonLd.type}.author`,
    );
  for (const m of scan.metas) {
    const w = AUTHOR_META.get(m.key);
    if (w !== undefined) add(splitNames(m.content, sites), 'meta', w, `meta ${m.attr}=${m.key}`);
  }
  addMicrodata(scan, sites, add);
  const rel = scan.links.filter((l) => /\bauthor\b/.test(l.rel) && l.text && !l.foreign);
  if (rel[0]) add(splitNames(rel[0].text, sites), 'byline', 0.65, 'link rel=author');
  addBylineElements(scan, sites, add);
  addBylineBlocks(blocks, add);
  const field = choose(cands, keyOf);
  return field ? withRoles(field, cands) : null;
}

type Add = (value: Author[], source: Candidate<Author[]>['source'], confidence: number, note: string) => void;

function addMicrodata(scan: PageScan, sites: readonly string[], add: Add): void {
  const names = scan.microdata.filter((m) => !m.foreign && !/comment/.test(m.scopeType));
  const nested = names.filter((m) => m.prop === 'name' && /person/.test(m.scopeType));
  const direct = names.filter((m) => m.prop === 'author' || m.prop === 'creator');
  const chosen = nested.length > 0 ? nested : direct;
  const authors = chosen.flatMap((m) => splitNames(m.value, sites));
  add(authors.slice(0, 10), 'microdata', 0.75, 'microdata itemprop=author');
}

function addBylineElements(scan: PageScan, sites: readonly string[], add: Add): void {
  const anchor = scan.headings.find((h) => h.tag === 'h1' && !h.foreign)?.order ?? 0;
  const elements = scan.authorElements.filter((e) => !e.foreign && e.text.length > 1 && e.text.length < 120);
  const ordered = [...elements.filter((e) => e.order >= anchor), ...elements.filter((e) => e.order < anchor)];
  for (const e of ordered.slice(0, 10)) {
    const authors = parseByline(e.text) ?? (e.text.split(' ').length <= 6 ? splitNames(e.text, sites) : null);
    if (authors && authors.length > 0) {
      add(authors, 'byline', 0.6, `byline element class="${e.hints.slice(0, 40)}"`);
      return;
    }
  }
}

function addBylineBlocks(blocks: readonly SourceBlock[], add: Add): void {
  const removed = blocks.find((b) => b.removal?.reason === 'byline' && parseByline(b.text));
  if (removed) {
    add(parseByline(removed.text)!, 'byline', 0.75, 'byline line of the page');
    return;
  }
  const kept = blocks.filter((b) => !b.removal).slice(0, 6);
  const line = kept.find((b) => b.text.length <= 120 && parseByline(b.text));
  if (line) add(parseByline(line.text)!, 'byline', 0.6, 'byline line at the top of the text');
}

/** Roles given by a byline fill in the chosen names that lack one. */
function withRoles(field: Field<Author[]>, cands: readonly Candidate<Author[]>[]): Field<Author[]> {
  const roles = new Map<string, string>();
  for (const c of cands) for (const a of c.value) if (a.role) roles.set(normaliseKey(a.name), a.role);
  if (roles.size === 0) return field;
  const value = field.value.map((a) =>
    a.role || !roles.has(normaliseKey(a.name)) ? a : { ...a, role: roles.get(normaliseKey(a.name))! },
  );
  return { ...field, value };
}
