/**
 * @module extract/metadata/html
 * Metadata of an HTML page: JSON-LD, meta tags, microdata, <time>, bylines, URL, text — each field
 * with its origin and a confidence; sources that agree raise it.
 * Messages: extract:implausible-date (warning).
 */
import type { Document } from 'domhandler';
import type { MessageLog } from '../../core/message.js';
import type { ArticleMeta, Field } from '../../core/types.js';
import { chooseAuthors } from './authors.js';
import { type Candidate, choose } from './candidates.js';
import type { MetadataContext } from './context.js';
import { monthFromUrlPath } from './dates.js';
import { collectHtmlDates, DateCollector } from './html-dates.js';
import { type JsonLdFacts, readJsonLd } from './json-ld.js';
import { detectLanguage, normaliseLanguageTag, SAMPLE_LENGTH } from './language.js';
import { type PageScan, scanPage } from './scan.js';
import { chooseSection } from './section.js';
import { chooseOutlet, chooseTitle, siteNames } from './title.js';
import { absoluteUrl } from './url.js';

export function htmlMetadata(doc: Document, _source: string, context: MetadataContext, log: MessageLog): ArticleMeta {
  const scan = scanPage(doc);
  const jsonLd = readJsonLd(scan.jsonLd);
  const canonical = chooseUrl(scan, jsonLd, context.url);
  const pageUrl = context.url ?? canonical?.value;
  const sites = siteNames(scan, jsonLd, pageUrl);
  const title = chooseTitle(scan, jsonLd, sites);
  const language = chooseLanguage(scan, jsonLd, context);
  const dates = new DateCollector(context.now, log, {
    monthFirst: language?.value === 'en' && /\.com|\.us/.test(pageUrl ?? ''),
  });
  collectHtmlDates(scan, jsonLd, pageUrl, dates);
  const { publishedAt, updatedAt } = dates.result(pageUrl ? monthFromUrlPath(pageUrl) : null);
  return {
    title,
    outlet: chooseOutlet(scan, jsonLd, pageUrl),
    authors: chooseAuthors(scan, jsonLd, context.blocks, sites),
    publishedAt,
    updatedAt,
    section: chooseSection(scan, jsonLd, context.blocks, pageUrl, title?.value),
    language,
    url: canonical,
  };
}

function chooseUrl(scan: PageScan, jsonLd: JsonLdFacts | null, base: string | undefined): Field<string> | null {
  const cands: Candidate<string>[] = [];
  const add = (href: string | undefined, source: Candidate<string>['source'], confidence: number, note: string) => {
    const abs = href ? absoluteUrl(href, base) : null;
    if (abs) cands.push({ value: abs, source, confidence, note });
  };
  const link = scan.links.find((l) => /\bcanonical\b/.test(l.rel));
  add(link?.href, 'meta', 0.85, 'link rel=canonical');
  for (const m of scan.metas) if (m.key === 'og:url') add(m.content, 'meta', 0.75, 'meta property=og:url');
  add(jsonLd?.url, 'json-ld', 0.7, `json-ld ${jsonLd?.type}.url`);
  add(base, 'record', 0.6, 'URL of the capture');
  return choose(cands, (u) => u.replace(/^https?:\/\/(www\.)?/, '').replace(/[/#?]+$/, ''));
}

function chooseLanguage(scan: PageScan, jsonLd: JsonLdFacts | null, context: MetadataContext): Field<string> | null {
  const cands: Candidate<string>[] = [];
  const add = (tag: string | undefined, source: Candidate<string>['source'], confidence: number, note: string) => {
    const code = normaliseLanguageTag(tag);
    if (code) cands.push({ value: code, source, confidence, note });
  };
  add(scan.lang, 'meta', 0.8, '<html lang>');
  add(jsonLd?.language, 'json-ld', 0.8, `json-ld ${jsonLd?.type}.inLanguage`);
  for (const m of scan.metas) {
    if (m.key === 'content-language' || m.key === 'language' || m.key === 'dc.language')
      add(m.content.split(',')[0], 'meta', 0.75, `meta ${m.attr}=${m.key}`);
    else if (m.key === 'og:locale') add(m.content, 'meta', 0.7, 'meta property=og:locale');
  }
  const kept = context.blocks.filter((b) => !b.removal).map((b) => b.text);
  const detected = detectLanguage(joinPrefix(kept.length > 0 ? kept : scan.bodyText, ' ', SAMPLE_LENGTH));
  if (detected)
    cands.push({
      value: detected.code,
      source: 'detector',
      confidence: detected.confidence * 0.9,
      note: 'stopword detector over the text',
    });
  return choose(cands, (c) => c);
}

/** The first `length` (or more) characters of parts.join(separator), without joining what lies beyond. */
function joinPrefix(parts: readonly string[], separator: string, length: number): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) out += separator;
    out += parts[i];
    if (out.length >= length) break;
  }
  return out;
}
