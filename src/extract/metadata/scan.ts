/**
 * @module extract/metadata/scan
 * One pass over the DOM that collects what the metadata finders read: meta tags, links,
 * JSON-LD scripts, microdata, headings, <time> elements, date-like and author-like elements,
 * short text nodes, and a sample of body text. Iterative (deeply nested pages cannot overflow
 * the stack) and bounded (caps on counts and text lengths).
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { collapseWhitespace } from '../whitespace.js';
import { AUTHOR_HINTS } from './byline.data.js';
import { DATE_HINTS, FOREIGN_AREA_TOKEN } from './dates.data.js';

export interface MetaTag {
  /** Lower-cased name, property, itemprop or http-equiv. */
  readonly key: string;
  readonly content: string;
  readonly attr: 'name' | 'property' | 'itemprop' | 'http-equiv';
}

export interface ScannedElement {
  readonly tag: string;
  /** Lower-cased class and id, space separated. */
  readonly hints: string;
  readonly text: string;
  /** Pre-order position in the document. */
  readonly order: number;
  /** Inside comments, related items, sidebars, footers or navigation. */
  readonly foreign: boolean;
  /** Pre-order position of the element that made this one foreign (-1 when not foreign). */
  readonly foreignRoot: number;
  readonly attrs: Readonly<Record<string, string>>;
}

export interface Microdatum extends ScannedElement {
  readonly prop: string;
  readonly value: string;
  /** The itemtype of the nearest itemscope, lower case. */
  readonly scopeType: string;
}

export interface PageScan {
  lang?: string;
  title?: string;
  readonly metas: MetaTag[];
  readonly links: { rel: string; href: string; text: string; foreign: boolean }[];
  readonly jsonLd: string[];
  readonly headings: ScannedElement[];
  readonly times: ScannedElement[];
  readonly dateElements: ScannedElement[];
  readonly authorElements: ScannedElement[];
  readonly microdata: Microdatum[];
  readonly breadcrumbs: ScannedElement[];
  /** Short text nodes containing a digit (date search near the headline). */
  readonly digitTexts: ScannedElement[];
  /** Visible body text sample for language detection. */
  readonly bodyText: string[];
}

interface Ctx {
  readonly foreign: boolean;
  readonly foreignRoot: number;
  readonly inArticle: boolean;
  readonly scopeType: string;
  readonly skip: boolean;
}

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'select', 'option']);
const FOREIGN_TAGS = new Set(['footer', 'aside', 'nav']);
const MAX_ELEMENTS = 200;
const MAX_BODY = 10_000;

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    metas: [],
    links: [],
    jsonLd: [],
    headings: [],
    times: [],
    dateElements: [],
    authorElements: [],
    microdata: [],
    breadcrumbs: [],
    digitTexts: [],
    bodyText: [],
  };
  let order = 0;
  let bodyLength = 0;
  const classRoots = new Set<number>();
  // One frame per open element (its children, the next child's index, its context), not one per node.
  const kidsStack: AnyNode[][] = [doc.children];
  const indexStack: number[] = [0];
  const ctxStack: Ctx[] = [{ foreign: false, foreignRoot: -1, inArticle: false, scopeType: '', skip: false }];
  while (kidsStack.length > 0) {
    const top = kidsStack.length - 1;
    const kids = kidsStack[top]!;
    const index = indexStack[top]!;
    if (index >= kids.length) {
      kidsStack.pop();
      indexStack.pop();
      ctxStack.pop();
      continue;
    }
    indexStack[top] = index + 1;
    const node = kids[index]!;
    const ctx = ctxStack[top]!;
    order++;
    if (node.type === 'text') {
      if (ctx.skip) continue;
      const raw = node.data;
      const wantBody = bodyLength < MAX_BODY && !ctx.foreign;
      const hasDigit = scan.digitTexts.length < 2000 && raw.length <= 600 && hasDigitChar(raw);
      if (!wantBody && !hasDigit) continue;
      const text = collapseWhitespace(raw);
      if (!text) continue;
      if (hasDigit && text.length <= 300) {
        scan.digitTexts.push({
          tag: '#text',
          hints: '',
          text,
          order,
          foreign: ctx.foreign,
          foreignRoot: ctx.foreignRoot,
          attrs: {},
        });
      }
      if (wantBody) {
        scan.bodyText.push(text);
        bodyLength += text.length;
      }
      continue;
    }
    if (node.type === 'script' || node.type === 'style' || node.type === 'tag') {
      const el = node as Element;
      const next = visitElement(el, ctx, order, scan, classRoots);
      if (next && el.children.length > 0) {
        kidsStack.push(el.children);
        indexStack.push(0);
        ctxStack.push(next);
      }
    }
  }
  return releaseHeadlineArea(scan, classRoots);
}

/**
 * A page whose headline sits inside an area that only its class calls foreign ("sidebar" wrapping
 * the whole content, say) has misnamed that area: everything in it counts as the page's own again.
 */
function releaseHeadlineArea(scan: PageScan, classRoots: ReadonlySet<number>): PageScan {
  const h1 = scan.headings.find((h) => h.tag === 'h1' && h.text.length >= 10);
  if (!h1?.foreign || !classRoots.has(h1.foreignRoot)) return scan;
  const root = h1.foreignRoot;
  const release = <T extends ScannedElement>(items: T[]): T[] =>
    items.map((e) => (e.foreignRoot === root ? { ...e, foreign: false, foreignRoot: -1 } : e));
  return {
    ...scan,
    headings: release(scan.headings),
    times: release(scan.times),
    dateElements: release(scan.dateElements),
    authorElements: release(scan.authorElements),
    microdata: release(scan.microdata),
    breadcrumbs: release(scan.breadcrumbs),
    digitTexts: release(scan.digitTexts),
  };
}

/** As /\d/.test(s), without a regex. */
function hasDigitChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** What an element's class and id say, computed once per distinct class/id pair. */
interface HintFacts {
  /** Lower-cased class and id, space separated. */
  readonly hints: string;
  readonly foreignArea: boolean;
  readonly dateHint: boolean;
  readonly authorHint: boolean;
  readonly breadcrumb: boolean;
}

const NO_HINTS: HintFacts = { hints: '', foreignArea: false, dateHint: false, authorHint: false, breadcrumb: false };
const hintMemo = new Map<string, Map<string, HintFacts>>();
let hintMemoSize = 0;

function hintFacts(cls: string | undefined, id: string | undefined): HintFacts {
  if (!cls && !id) return NO_HINTS;
  let byId = hintMemo.get(cls ?? '');
  const known = byId?.get(id ?? '');
  if (known) return known;
  if (hintMemoSize > 20000) {
    hintMemo.clear();
    hintMemoSize = 0;
    byId = undefined;
  }
  const hints = `${cls ?? ''} ${id ?? ''}`.toLowerCase().trim();
  const facts: HintFacts =
    hints === ''
      ? NO_HINTS
      : {
          hints,
          foreignArea: isForeignArea(hints),
          dateHint: DATE_HINTS.test(hints),
          authorHint: AUTHOR_HINTS.test(hints),
          breadcrumb: hints.includes('breadcrumb'),
        };
  if (!byId) {
    byId = new Map();
    hintMemo.set(cls ?? '', byId);
  }
  byId.set(id ?? '', facts);
  hintMemoSize++;
  return facts;
}

function visitElement(el: Element, ctx: Ctx, order: number, scan: PageScan, classRoots: Set<number>): Ctx | null {
  const tag = el.name.toLowerCase();
  const a = el.attribs;
  if (tag === 'script') {
    if (/ld\+json/i.test(a.type ?? '')) scan.jsonLd.push(textOf(el, 1_000_000));
    return null;
  }
  if (tag === 'html' && a.lang) scan.lang = a.lang;
  if (tag === 'title' && scan.title === undefined) scan.title = textOf(el, 1000);
  if (tag === 'meta') {
    visitMeta(a, scan);
    return null;
  }
  if (tag === 'link' || tag === 'a') visitLink(el, ctx, scan);
  if (SKIP_TAGS.has(tag)) return { ...ctx, skip: true };
  const facts = hintFacts(a.class, a.id);
  const hints = facts.hints;
  const foreignTag = FOREIGN_TAGS.has(tag) && !(tag === 'footer' && ctx.inArticle);
  const byClass =
    !foreignTag && hints !== '' && tag !== 'body' && tag !== 'html' && tag !== 'article' && facts.foreignArea;
  const foreign = ctx.foreign || foreignTag || byClass;
  const foreignRoot = foreignTag || byClass ? order : ctx.foreignRoot;
  if (byClass) classRoots.add(order);
  const scopeType = a.itemscope !== undefined ? (a.itemtype ?? '').toLowerCase() : ctx.scopeType;
  const collects =
    (tag.length === 2 && /^h[1-3]$/.test(tag)) ||
    tag === 'time' ||
    !!a.itemprop ||
    facts.dateHint ||
    facts.authorHint ||
    facts.breadcrumb ||
    a.rel !== undefined;
  // Most elements collect nothing: the element records (and their closure) are only made for those that do.
  if (collects) collectElement(el, tag, facts, order, foreign, foreignRoot, ctx.scopeType, scan);
  const inArticle = ctx.inArticle || tag === 'article';
  if (foreignRoot === ctx.foreignRoot && scopeType === ctx.scopeType && inArticle === ctx.inArticle) return ctx;
  return { foreign, foreignRoot, inArticle, scopeType, skip: ctx.skip };
}

function collectElement(
  el: Element,
  tag: string,
  facts: HintFacts,
  order: number,
  foreign: boolean,
  foreignRoot: number,
  scopeType: string,
  scan: PageScan,
): void {
  const a = el.attribs;
  const hints = facts.hints;
  const make = (max: number): ScannedElement => ({
    tag,
    hints,
    text: textOf(el, max),
    order,
    foreign,
    foreignRoot,
    attrs: a,
  });
  if (tag.length === 2 && /^h[1-3]$/.test(tag) && scan.headings.length < MAX_ELEMENTS) scan.headings.push(make(500));
  if (tag === 'time' && scan.times.length < MAX_ELEMENTS) scan.times.push(make(200));
  if (a.itemprop) visitMicrodata(el, a.itemprop, scopeType, make, scan);
  if (hints !== '') visitHinted(facts, make, scan);
  const authorLink = a.rel !== undefined && /author/i.test(a.rel) && !(hints !== '' && facts.authorHint);
  if (authorLink && scan.authorElements.length < MAX_ELEMENTS) scan.authorElements.push(make(300));
}

function visitHinted(facts: HintFacts, make: (max: number) => ScannedElement, scan: PageScan): void {
  if (scan.dateElements.length < MAX_ELEMENTS && facts.dateHint) scan.dateElements.push(make(300));
  if (scan.authorElements.length < MAX_ELEMENTS && facts.authorHint) scan.authorElements.push(make(300));
  if (scan.breadcrumbs.length < 20 && facts.breadcrumb) scan.breadcrumbs.push(make(500));
}

function isForeignArea(hints: string): boolean {
  return hints
    .split(/\s+/)
    .some((t) => FOREIGN_AREA_TOKEN.test(t) && !/^(has|with|no|without|show|hide|is)[-_]/.test(t));
}

function visitMeta(a: Record<string, string>, scan: PageScan): void {
  const content = a.content ?? a.value;
  if (content === undefined) return;
  for (const attr of ['property', 'name', 'itemprop', 'http-equiv'] as const) {
    const key = a[attr];
    if (key) scan.metas.push({ key: key.toLowerCase().trim(), content: content.trim(), attr });
  }
}

function visitLink(el: Element, ctx: Ctx, scan: PageScan): void {
  const rel = (el.attribs.rel ?? '').toLowerCase();
  if (!rel || scan.links.length >= MAX_ELEMENTS) return;
  if (!/\b(canonical|author)\b/.test(rel)) return;
  scan.links.push({
    rel,
    href: el.attribs.href ?? '',
    text: el.name === 'a' ? textOf(el, 200) : '',
    foreign: ctx.foreign,
  });
}

function visitMicrodata(
  el: Element,
  props: string,
  scopeType: string,
  make: (max: number) => ScannedElement,
  scan: PageScan,
): void {
  if (scan.microdata.length >= MAX_ELEMENTS) return;
  const a = el.attribs;
  const base = make(300);
  const value = a.content ?? a.datetime ?? (el.name === 'meta' ? '' : base.text);
  for (const prop of props.toLowerCase().split(/\s+/)) {
    scan.microdata.push({ ...base, prop, value: value.trim(), scopeType });
  }
}

/** Visible text of an element, whitespace collapsed, at most `max` characters. */
export function textOf(el: Element, max: number): string {
  const parts: string[] = [];
  let length = 0;
  const stack: AnyNode[] = [el];
  while (stack.length > 0 && length < max) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      parts.push(node.data);
      length += node.data.length;
    } else if ('children' in node && !(node !== el && isSkipped(node))) {
      const children = (node as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

function isSkipped(node: AnyNode): boolean {
  return (
    node.type === 'script' || node.type === 'style' || (node.type === 'tag' && SKIP_TAGS.has((node as Element).name))
  );
}
