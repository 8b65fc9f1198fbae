/**
 * @module extract/metadata/text
 * Metadata of a plain-text capture: the title line (after a breadcrumb, or the first heading-like
 * line; after a long lead paragraph, a short heading-like line soon after it), the breadcrumb's
 * section, the byline's authors, datelines near the top, the URL's date, and the detected language.
 * Messages: extract:implausible-date (warning).
 */
import type { MessageLog } from '../../core/message.js';
import type { ArticleMeta, Author, Field } from '../../core/types.js';
import { parseByline } from './byline.js';
import { type Candidate, choose, normaliseKey } from './candidates.js';
import type { MetadataContext } from './context.js';
import { dateFromUrlPath } from './dates.js';
import { DateCollector } from './html-dates.js';
import { detectLanguage } from './language.js';
import { sectionFromCrumbs, splitBreadcrumb } from './section.js';
import { hostOf, sectionFromUrl } from './url.js';

const HEAD_LINES = 12;
const NOT_TITLE_REASONS = new Set([
  'call-to-action',
  'teaser',
  'chatbot-residue',
  'share',
  'newsletter',
  'cookie-notice',
  'ad-block-notice',
  'comments',
  'navigation',
  'chrome',
  'promo',
  'advertisement',
]);

interface Line {
  readonly text: string;
  readonly removedAs?: string;
}

export function textMetadata(source: string, context: MetadataContext, log: MessageLog): ArticleMeta {
  const lines = linesOf(source, context);
  const crumbIndex = lines.slice(0, 3).findIndex((l) => splitBreadcrumb(l.text) !== null);
  const crumbs = crumbIndex >= 0 ? splitBreadcrumb(lines[crumbIndex]!.text)! : null;
  const title = chooseTextTitle(lines, crumbIndex, crumbs);
  const authors = bylineOf(lines);
  const dates = new DateCollector(context.now, log);
  if (context.url) dates.add('published', dateFromUrlPath(context.url), 'url', 0.8, 'date in the URL path');
  for (const line of lines.slice(0, HEAD_LINES)) {
    if (line.text.length <= 120) dates.addFromText(line.text, 'text', 0.6, 'dateline near the top of the text');
  }
  const { publishedAt, updatedAt } = dates.result();
  const section = chooseTextSection(crumbs, title?.value, context.url);
  const body = lines
    .filter((l) => !l.removedAs)
    .map((l) => l.text)
    .join('\n');
  const detected = detectLanguage(body);
  const host = hostOf(context.url);
  return {
    title,
    outlet: host ? { value: host, source: 'url', confidence: 0.3, note: 'host of the URL' } : null,
    authors,
    publishedAt,
    updatedAt,
    section,
    language: detected
      ? {
          value: detected.code,
          source: 'detector',
          confidence: detected.confidence,
          note: 'stopword detector over the text',
        }
      : null,
    url: context.url ? { value: context.url, source: 'record', confidence: 0.6, note: 'URL of the capture' } : null,
  };
}

/** The capture's lines, with the cleaning step's removal reason when its blocks are available. */
function linesOf(source: string, context: MetadataContext): Line[] {
  if (context.blocks.length > 0) {
    return context.blocks.map((b) => ({ text: b.text.trim(), removedAs: b.removal?.reason })).filter((l) => l.text);
  }
  return source
    .split(/\r?\n/)
    .map((t) => ({ text: t.replace(/\s+/g, ' ').trim() }))
    .filter((l) => l.text);
}

/** A line that reads like a headline: short, capitalised, no closing full stop, not a byline. */
export function isHeadingLike(text: string): boolean {
  const words = text.split(/\s+/);
  if (text.length < 8 || text.length > 200 || words.length < 2 || words.length > 25) return false;
  if (/[.,;:]$/.test(text) || !/^[\p{Lu}\p{N}"“‘'«]/u.test(text)) return false;
  if (/^[-*•|]/.test(text) || splitBreadcrumb(text) || parseByline(text)) return false;
  return (text.match(/[.!?]\s+\p{Lu}/gu) ?? []).length === 0;
}

function chooseTextTitle(lines: readonly Line[], crumbIndex: number, crumbs: string[] | null): Field<string> | null {
  const cands: Candidate<string>[] = [];
  const usable = (l: Line) => !l.removedAs || !NOT_TITLE_REASONS.has(l.removedAs);
  const start = crumbIndex + 1;
  const first = lines.slice(start).find(usable);
  if (first && isHeadingLike(first.text)) {
    const note = crumbIndex >= 0 ? 'line after the breadcrumb' : 'first line of the text';
    cands.push({ value: first.text, source: 'text', confidence: 0.7, note });
  } else if (first && first.text.length > 200) {
    const next = lines
      .slice(start + 1, start + 4)
      .find((l) => usable(l) && isHeadingLike(l.text) && titleCased(l.text));
    if (next)
      cands.push({
        value: next.text,
        source: 'text',
        confidence: 0.45,
        note: 'first heading-like line after the lead paragraph',
      });
  }
  const last = crumbs?.at(-1);
  if (last && last.length > 15)
    cands.push({ value: last, source: 'breadcrumb', confidence: 0.5, note: 'last item of the breadcrumb' });
  return choose(cands, normaliseKey);
}

/** Most longer words capitalised ("Kremlin Affirms Alignment with US …"). */
function titleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w.length > 3);
  if (words.length === 0) return false;
  return words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length / words.length >= 0.6;
}

function bylineOf(lines: readonly Line[]): Field<Author[]> | null {
  for (const line of lines.slice(0, HEAD_LINES)) {
    if (line.text.length > 160) continue;
    const authors = parseByline(line.text);
    if (authors)
      return { value: authors, source: 'byline', confidence: 0.75, note: `byline line "${line.text.slice(0, 60)}"` };
  }
  return null;
}

function chooseTextSection(
  crumbs: string[] | null,
  title: string | undefined,
  url: string | undefined,
): Field<string> | null {
  const cands: Candidate<string>[] = [];
  const fromCrumbs = crumbs ? sectionFromCrumbs(crumbs, title) : null;
  if (fromCrumbs)
    cands.push({ value: fromCrumbs, source: 'breadcrumb', confidence: 0.7, note: 'breadcrumb line of the text' });
  const fromUrl = sectionFromUrl(url);
  if (fromUrl) cands.push({ value: fromUrl, source: 'url', confidence: 0.3, note: 'first segment of the URL path' });
  return choose(cands, normaliseKey);
}
