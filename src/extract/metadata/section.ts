/**
 * @module extract/metadata/section
 * The article's section: article:section, JSON-LD articleSection, a breadcrumb trail
 * ("Home » world » …" → "world"), or the URL's first path segment (low confidence).
 */
import type { Field } from '../../core/types.js';
import type { SourceBlock } from '../types.js';
import { type Candidate, choose, normaliseKey } from './candidates.js';
import type { JsonLdFacts } from './json-ld.js';
import type { PageScan } from './scan.js';
import { sectionFromUrl } from './url.js';

const HOME =
  /^(home|homepage|start|startseite|accueil|inicio|portada|главная|головна|strona główna|anasayfa|hem|forside|etusivu|news|nachrichten|actualités|noticias|notizie|nieuws)$/i;
const CRUMB_SEPARATOR = /\s*(?:»|›|>|\/|\||→|·|::)\s*/;

/** The first meaningful crumb of a breadcrumb trail, skipping "Home" and the article's own title. */
export function sectionFromCrumbs(crumbs: readonly string[], title?: string): string | null {
  const titleKey = title ? normaliseKey(title) : '';
  const items = crumbs.map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const last = items.at(-1);
  if (items.length > 1 && last && (last.length > 40 || last.split(' ').length > 4 || normaliseKey(last) === titleKey))
    items.pop();
  for (const item of items) {
    if (HOME.test(item) || item.length > 40 || item.split(' ').length > 4) continue;
    if (titleKey && normaliseKey(item) === titleKey) continue;
    return item;
  }
  return null;
}

/** Splits a breadcrumb line ("Home » world » Headline") into its crumbs, or null if it is not one. */
export function splitBreadcrumb(line: string): string[] | null {
  const parts = line.split(CRUMB_SEPARATOR).filter(Boolean);
  if (parts.length < 2 || !/[»›>→]/.test(line)) return null;
  return parts;
}

export function chooseSection(
  scan: PageScan,
  jsonLd: JsonLdFacts | null,
  blocks: readonly SourceBlock[],
  url: string | undefined,
  title: string | undefined,
): Field<string> | null {
  const cands: Candidate<string>[] = [];
  const add = (
    value: string | null | undefined,
    source: Candidate<string>['source'],
    confidence: number,
    note: string,
  ) => {
    const v = value?.replace(/\s+/g, ' ').trim();
    if (v && v.length <= 60) cands.push({ value: v, source, confidence, note });
  };
  for (const m of scan.metas)
    if (m.key === 'article:section') add(m.content, 'meta', 0.85, `meta ${m.attr}=article:section`);
  add(jsonLd?.section, 'json-ld', 0.85, `json-ld ${jsonLd?.type}.articleSection`);
  if (jsonLd && jsonLd.breadcrumb.length > 1)
    add(sectionFromCrumbs(jsonLd.breadcrumb, title), 'breadcrumb', 0.7, 'json-ld BreadcrumbList');
  const crumbBlock = blocks.find((b) => b.removal?.reason === 'breadcrumb');
  const crumbs = crumbBlock ? splitBreadcrumb(crumbBlock.text) : null;
  if (crumbs) add(sectionFromCrumbs(crumbs, title), 'breadcrumb', 0.7, 'breadcrumb line of the page');
  const element = scan.breadcrumbs.find((b) => splitBreadcrumb(b.text));
  if (element)
    add(
      sectionFromCrumbs(splitBreadcrumb(element.text)!, title),
      'breadcrumb',
      0.65,
      `element class="${element.hints.slice(0, 40)}"`,
    );
  add(sectionFromUrl(url), 'url', 0.3, 'first segment of the URL path');
  return choose(cands, normaliseKey);
}
