/**
 * @module extract/metadata/html-dates
 * Publication and modification dates of an HTML page, from the most to the least reliable origin:
 * JSON-LD, meta tags, microdata, the URL path, <time> elements, date-like elements near the headline,
 * and finally any date in the page text. Implausible dates are refused and reported.
 * Messages: extract:implausible-date (warning).
 */
import type { MessageLog } from '../../core/message.js';
import type { Field, FieldSource, IsoDate } from '../../core/types.js';
import { type Candidate, choose } from './candidates.js';
import { PUBLISHED_META, UPDATED_CUES, UPDATED_META } from './dates.data.js';
import { type DateOptions, dateFromUrlPath, findDates, implausibility, type ParsedDate, parseDate } from './dates.js';
import type { JsonLdFacts } from './json-ld.js';
import type { PageScan, ScannedElement } from './scan.js';

export interface DateFields {
  readonly publishedAt: Field<IsoDate> | null;
  readonly updatedAt: Field<IsoDate> | null;
}

interface Pools {
  readonly published: Candidate<ParsedDate>[];
  readonly updated: Candidate<ParsedDate>[];
}

/** Gathers date candidates, refuses the implausible ones, and picks published and updated. */
export class DateCollector {
  readonly pools: Pools = { published: [], updated: [] };
  private readonly refused = new Set<string>();

  constructor(
    private readonly now: Date,
    private readonly log: MessageLog,
    readonly options: DateOptions = {},
  ) {}

  /** Adds a date if plausible; returns whether it was accepted. */
  add(kind: keyof Pools, date: ParsedDate | null, source: FieldSource, confidence: number, note: string): boolean {
    if (!date) return false;
    const reason = implausibility(date, this.now);
    if (reason) {
      if (!this.refused.has(date.iso)) {
        this.refused.add(date.iso);
        this.log.warn(`${reason}; refused (${note})`, { ruleId: 'extract:implausible-date', actual: date.iso });
      }
      return false;
    }
    this.pools[kind].push({ value: date, source, confidence, note });
    return true;
  }

  /** Adds the first plausible date of a text; an "updated" cue before it files it as an update. */
  addFromText(text: string, source: FieldSource, confidence: number, note: string): boolean {
    for (const match of findDates(text, this.options)) {
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      const kind = UPDATED_CUES.test(before) ? 'updated' : 'published';
      if (this.add(kind, match.date, source, confidence, note) && kind === 'published') return true;
    }
    return false;
  }

  /** The chosen fields; `urlMonth` ("YYYY-MM" from the URL) favours the dates that fall in it. */
  result(urlMonth: string | null = null): DateFields {
    const weigh = (c: Candidate<ParsedDate>) =>
      urlMonth && c.source !== 'url'
        ? {
            ...c,
            confidence: c.value.day.startsWith(urlMonth) ? Math.min(0.95, c.confidence + 0.2) : c.confidence * 0.5,
          }
        : c;
    const published = pick(this.pools.published.map(weigh));
    let updated = pick(this.pools.updated);
    if (updated && published && updated.value < published.value.slice(0, updated.value.length)) updated = null;
    return { publishedAt: published, updatedAt: updated };
  }
}

/** Chooses by day, then reports the most precise form of that day (with time) among the agreeing origins. */
function pick(candidates: readonly Candidate<ParsedDate>[]): Field<IsoDate> | null {
  const field = choose(candidates, (d) => d.day);
  if (!field) return null;
  const sameDay = candidates.filter((c) => c.value.day === field.value.day).sort((a, b) => b.confidence - a.confidence);
  const precise = sameDay.find((c) => c.value.hasTime && c.confidence >= 0.6) ?? sameDay[0]!;
  const local = localDay(precise.value, candidates);
  if (local)
    return {
      ...field,
      value: local.value.iso,
      note: `${field.note}; local day from ${local.note} (machine time ${precise.value.iso})`,
    };
  return { ...field, value: precise.value.iso };
}

/**
 * A machine time near midnight in UTC (or without offset) often falls on another day in the outlet's
 * own time zone; when the page's visible text shows the neighbouring day, that is the publication day.
 */
function localDay(date: ParsedDate, candidates: readonly Candidate<ParsedDate>[]): Candidate<ParsedDate> | null {
  const m = /T(\d{2}):\d{2}:\d{2}(Z|[+-]00:00)?$/.exec(date.iso);
  if (!m) return null;
  const hour = Number(m[1]);
  if (hour >= 10 && hour < 14) return null;
  const shift = hour >= 14 ? 1 : -1;
  const neighbour = new Date(Date.parse(`${date.day}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
  return candidates.find((c) => (c.source === 'text' || c.source === 'url') && c.value.day === neighbour) ?? null;
}

/** All date origins of an HTML page, in decreasing reliability. */
export function collectHtmlDates(
  scan: PageScan,
  jsonLd: JsonLdFacts | null,
  url: string | undefined,
  dates: DateCollector,
): void {
  if (jsonLd?.published)
    dates.add('published', parseDate(jsonLd.published), 'json-ld', 0.9, `json-ld ${jsonLd.type}.datePublished`);
  if (jsonLd?.modified)
    dates.add('updated', parseDate(jsonLd.modified), 'json-ld', 0.9, `json-ld ${jsonLd.type}.dateModified`);
  addMetaDates(scan, dates);
  addMicrodata(scan, dates);
  if (url) dates.add('published', dateFromUrlPath(url), 'url', 0.8, 'date in the URL path');
  addTimes(scan, dates);
  addNearHeadline(scan, dates);
}

function addMetaDates(scan: PageScan, dates: DateCollector): void {
  for (const meta of scan.metas) {
    const p = PUBLISHED_META.indexOf(meta.key);
    const note = `meta ${meta.attr}=${meta.key}`;
    if (p >= 0) dates.add('published', parseDate(meta.content, dates.options), 'meta', p < 12 ? 0.85 : 0.7, note);
    else if (UPDATED_META.includes(meta.key))
      dates.add('updated', parseDate(meta.content, dates.options), 'meta', 0.8, note);
  }
}

function addMicrodata(scan: PageScan, dates: DateCollector): void {
  for (const m of scan.microdata) {
    if (m.foreign || /comment/.test(m.scopeType)) continue;
    const note = `microdata itemprop=${m.prop}`;
    if (m.prop === 'datepublished' || m.prop === 'datecreated')
      dates.add('published', parseDate(m.value, dates.options), 'microdata', 0.85, note);
    else if (m.prop === 'datemodified') dates.add('updated', parseDate(m.value, dates.options), 'microdata', 0.8, note);
  }
}

const PUBLISHED_HINT = /publish|entry-date|post-date|posted|pubdate|created|article-date|dateline/;
const UPDATED_HINT = /updated|modified/;

function addTimes(scan: PageScan, dates: DateCollector): void {
  let firstTaken = false;
  for (const t of scan.times) {
    if (t.foreign || t.attrs.itemprop) continue;
    const date = parseDate(t.attrs.datetime ?? t.text, dates.options) ?? parseDate(t.text, dates.options);
    const hinted = t.attrs.pubdate !== undefined || PUBLISHED_HINT.test(t.hints);
    if (UPDATED_HINT.test(t.hints)) {
      dates.add('updated', date, 'time', 0.7, `<time class="${t.hints}">`);
    } else if (hinted) {
      dates.add(
        'published',
        date,
        'time',
        0.8,
        `<time${t.attrs.pubdate !== undefined ? ' pubdate' : ''} class="${t.hints}">`,
      );
    } else if (!firstTaken) {
      firstTaken = dates.add('published', date, 'time', 0.6, 'first <time datetime> in the page');
    }
  }
}

/** Date-like elements and short texts; the ones just after the headline weigh most. */
function addNearHeadline(scan: PageScan, dates: DateCollector): void {
  const h1 = scan.headings.find((h) => h.tag === 'h1' && !h.foreign);
  const anchor = h1?.order ?? 0;
  const elements = scan.dateElements.filter((e) => !e.foreign && !/modif|updat/.test(e.hints));
  const after = elements.filter((e) => e.order >= anchor);
  const near = [...after, ...elements.filter((e) => e.order < anchor).reverse()];
  for (const e of near.slice(0, 12)) {
    const conf = e.order >= anchor ? 0.6 : 0.45;
    if (addElement(e, dates, conf)) break;
  }
  const texts = scan.digitTexts.filter((t) => !t.foreign);
  const window = texts.filter((t) => t.order >= anchor).slice(0, 30);
  for (const t of window) if (dates.addFromText(t.text, 'text', 0.45, 'date in the text after the headline')) return;
  for (const t of texts) if (dates.addFromText(t.text, 'text', 0.25, 'first date in the page text')) return;
  const elsewhere = scan.digitTexts.filter((t) => t.foreign && !/comment/.test(t.hints));
  for (const t of elsewhere.slice(0, 40))
    if (dates.addFromText(t.text, 'text', 0.15, 'first date outside the main text')) return;
}

function addElement(e: ScannedElement, dates: DateCollector, confidence: number): boolean {
  const attr = e.attrs.content ?? e.attrs.datetime ?? e.attrs.title;
  const note = `element class="${e.hints.slice(0, 40)}"`;
  if (attr && dates.add('published', parseDate(attr, dates.options), 'text', confidence, `${note} attribute`))
    return true;
  return dates.addFromText(e.text, 'text', confidence, note);
}
