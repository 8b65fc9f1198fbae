/**
 * @module extract/metadata/title
 * Headline and site name from an HTML page: og:title, JSON-LD headline, microdata, the page's <h1>
 * and <title>, with the outlet's name stripped from "Headline | Outlet" / "Outlet - Headline".
 */
import type { Field } from '../../core/types.js';
import { type Candidate, choose, normaliseKey } from './candidates.js';
import type { JsonLdFacts } from './json-ld.js';
import type { PageScan } from './scan.js';
import { hostOf } from './url.js';

const LOGO_HINTS = /logo|brand|site-?title|site-?name|blog-?title|masthead/;
const SEPARATOR = /\s+(?:[|–—·•»›‹~/:-]|::|\\)\s+/;

export interface SplitTitle {
  readonly headline: string;
  /** The part taken off, when there was one. */
  readonly site?: string;
  /** Whether the part taken off matched a known site name (else it was only short). */
  readonly known: boolean;
}

/** Strips a site name from the start or end of a page title. `sites` are names the page gives itself. */
export function splitTitle(title: string, sites: readonly string[]): SplitTitle {
  const clean = title.replace(/\s+/g, ' ').trim();
  const parts = clean.split(SEPARATOR);
  if (parts.length < 2) return { headline: clean, known: false };
  const seps = clean.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
  const join = (from: number, to: number) =>
    parts.slice(from, to).reduce((acc, p, i) => (i === 0 ? p : acc + seps[from + i - 1] + p), '');
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const tail = join(i, parts.length);
    if (matchesSite(tail, sites)) return { headline: join(0, i), site: tail, known: true };
  }
  for (let i = parts.length - 1; i >= 1; i--) {
    const head = join(0, i);
    if (matchesSite(head, sites)) return { headline: join(i, parts.length), site: head, known: true };
  }
  const rest = join(0, parts.length - 1);
  const pipe = seps.at(-1)?.trim() === '|';
  if (pipe && parts.length >= 3) {
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest === first) return { headline: first, site: last, known: false };
  }
  const nameLike = pipe || (!/[?!]$/.test(last) && isNameLike(last));
  const shortTail = nameLike && wordCount(last) <= (pipe ? 8 : 4) && last.length <= (pipe ? 70 : 40);
  if (shortTail && (pipe || rest.length >= last.length * 1.5) && !seps.at(-1)?.includes(':')) {
    return { headline: rest, site: last, known: false };
  }
  return { headline: clean, known: false };
}

function matchesSite(part: string, sites: readonly string[]): boolean {
  const p = normaliseKey(part).replace(/ /g, '');
  if (p.length < 2) return false;
  return sites.some((s) => {
    const k = normaliseKey(s).replace(/ /g, '');
    return k.length >= 3 && (p === k || p.includes(k) || (k.includes(p) && p.length >= 4));
  });
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Lower-case words that may sit inside a name ("Ministry of Foreign Affairs", "Corriere della Sera"). */
const NAME_CONNECTORS = new Set([
  'of',
  'the',
  'and',
  'for',
  'on',
  'de',
  'del',
  'della',
  'di',
  'du',
  'des',
  'la',
  'le',
  'der',
  'die',
  'und',
  'y',
  'e',
]);

/** Capitalised words, with connectors between them: the shape of an outlet's name. */
function isNameLike(part: string): boolean {
  const words = part.split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    /^[\p{Lu}\p{N}]/u.test(words[0]!) &&
    words.every((w) => /^[\p{Lu}\p{N}]|\./u.test(w) || NAME_CONNECTORS.has(w))
  );
}

/** Names the page gives itself, plus its host's main label, for title stripping. */
export function siteNames(scan: PageScan, jsonLd: JsonLdFacts | null, url: string | undefined): string[] {
  const names: string[] = [];
  for (const m of scan.metas) if (m.key === 'og:site_name' || m.key === 'application-name') names.push(m.content);
  if (jsonLd?.publisher) names.push(jsonLd.publisher);
  if (jsonLd?.siteName) names.push(jsonLd.siteName);
  const host = hostOf(url);
  if (host) {
    names.push(host);
    const label = host.split('.').slice(-2, -1)[0];
    if (label && label.length >= 3) names.push(label);
  }
  return names.filter((n) => n.length > 0);
}

/** The page's headline with its origin. */
export function chooseTitle(
  scan: PageScan,
  jsonLd: JsonLdFacts | null,
  sites: readonly string[],
): Field<string> | null {
  const cands: Candidate<string>[] = [];
  const add = (raw: string | undefined, source: Candidate<string>['source'], confidence: number, note: string) => {
    if (!raw) return;
    const split = splitTitle(raw, sites);
    const value = split.headline.trim();
    if (!value || value.length > 400 || !/[\p{L}\p{N}]/u.test(value)) return;
    if (sites.some((s) => normaliseKey(s) === normaliseKey(value))) return;
    const conf = split.site && !split.known ? confidence - 0.1 : confidence;
    cands.push({ value, source, confidence: conf, note });
  };
  add(jsonLd?.headline, 'json-ld', 0.85, `json-ld ${jsonLd?.type}.headline`);
  for (const m of scan.metas) {
    if (m.key === 'og:title') add(m.content, 'meta', 0.8, 'meta property=og:title');
    else if (m.key === 'twitter:title') add(m.content, 'meta', 0.7, 'meta name=twitter:title');
    else if (m.key === 'dc.title' || m.key === 'title') add(m.content, 'meta', 0.6, `meta name=${m.key}`);
  }
  const headline = scan.microdata.find((m) => m.prop === 'headline' && !m.foreign);
  add(headline?.value, 'microdata', 0.8, 'microdata itemprop=headline');
  const titleSite = scan.title ? splitTitle(scan.title, sites).site : undefined;
  const notSite = (text: string) => ![...sites, titleSite ?? ''].some((s) => normaliseKey(s) === normaliseKey(text));
  const h1s = scan.headings.filter(
    (h) => h.tag === 'h1' && !h.foreign && h.text && !LOGO_HINTS.test(h.hints) && notSite(h.text),
  );
  if (h1s[0]) {
    const only = h1s.length === 1 && h1s[0].text.length >= 10;
    const confidence = only ? 0.88 : h1s.length > 2 ? 0.5 : 0.65;
    const note = only ? "the page's only <h1>" : 'first <h1>';
    const inner = withoutKicker(h1s[0].text, cands);
    cands.push({
      value: inner ?? h1s[0].text,
      source: 'title',
      confidence,
      note: inner ? `${note} without its kicker` : note,
    });
  }
  add(scan.title, 'title', 0.6, '<title> without the site name');
  return choose(cands, normaliseKey);
}

/** A heading that is another candidate plus a kicker line ("Kicker Headline") → that candidate's text. */
function withoutKicker(heading: string, cands: readonly Candidate<string>[]): string | null {
  const h = normaliseKey(heading);
  for (const c of cands) {
    const k = normaliseKey(c.value);
    if (k.length >= 12 && k.length < h.length && k.length >= h.length * 0.5 && h.endsWith(` ${k}`)) return c.value;
  }
  return null;
}

/** The outlet's name with its origin. */
export function chooseOutlet(
  scan: PageScan,
  jsonLd: JsonLdFacts | null,
  url: string | undefined,
): Field<string> | null {
  const cands: Candidate<string>[] = [];
  const add = (value: string | undefined, source: Candidate<string>['source'], confidence: number, note: string) => {
    const v = value?.replace(/\s+/g, ' ').trim();
    if (v && v.length <= 80 && !/^https?:/i.test(v)) cands.push({ value: v, source, confidence, note });
  };
  for (const m of scan.metas) {
    if (m.key === 'og:site_name') add(m.content, 'meta', 0.9, 'meta property=og:site_name');
    else if (m.key === 'application-name') add(m.content, 'meta', 0.6, 'meta name=application-name');
    else if (m.key === 'apple-mobile-web-app-title')
      add(m.content, 'meta', 0.5, 'meta name=apple-mobile-web-app-title');
  }
  add(jsonLd?.publisher, 'json-ld', 0.85, 'json-ld publisher.name');
  add(jsonLd?.siteName, 'json-ld', 0.8, 'json-ld WebSite.name');
  if (scan.title) {
    const split = splitTitle(scan.title, siteNames(scan, jsonLd, url));
    if (split.site) add(split.site, 'title', split.known ? 0.55 : 0.4, 'site name at the end of <title>');
  }
  add(hostOf(url) ?? undefined, 'url', 0.3, 'host of the URL');
  return choose(cands, normaliseKey);
}
