/**
 * @module extract/metadata/json-ld
 * JSON-LD (`<script type="application/ld+json">`) → the article's facts: headline, authors, dates,
 * publisher, section, language, URL. Handles arrays, `@graph`, `@id` references, and picks the
 * article-like node (NewsArticle, BlogPosting, …) over WebPage and other nodes.
 */

type Node = Record<string, unknown>;

export interface JsonLdFacts {
  /** The @type of the node the facts come from, e.g. "NewsArticle". */
  readonly type: string;
  readonly headline?: string;
  readonly authors: string[];
  readonly published?: string;
  readonly modified?: string;
  readonly publisher?: string;
  readonly siteName?: string;
  readonly section?: string;
  readonly language?: string;
  readonly url?: string;
  readonly breadcrumb: string[];
}

const ARTICLE_TYPES =
  /^(article|newsarticle|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|reviewnewsarticle|liveblogposting|scholarlyarticle|techarticle|report|socialmediaposting|discussionforumposting|posting|review|recipe|videoobject|podcastepisode|creativework|medicalwebpage)$/;
const PAGE_TYPES = /^(webpage|itempage|aboutpage|collectionpage|qapage|faqpage|profilepage)$/;

/** Facts from all JSON-LD blocks of the page, or null when none has any. */
export function readJsonLd(scripts: readonly string[]): JsonLdFacts | null {
  const nodes: Node[] = [];
  for (const raw of scripts) {
    const parsed = parseLoose(raw);
    if (parsed !== undefined) flatten(parsed, nodes, 0);
  }
  if (nodes.length === 0) return null;
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const main = pickMain(nodes);
  const site = nodes.find((n) => typesOf(n).includes('website'));
  const breadcrumb = readBreadcrumb(nodes);
  if (!main) {
    return site || breadcrumb.length > 0 ? { type: '', authors: [], siteName: nameOf(site, byId), breadcrumb } : null;
  }
  return {
    type: typesOf(main)[0] ?? '',
    headline: str(main.headline) ?? str(main.name),
    authors: authorsOf(main.author ?? main.creator, byId),
    published: str(main.datePublished) ?? str(main.dateCreated) ?? str(main.uploadDate),
    modified: str(main.dateModified),
    publisher: nameOf(resolve(main.publisher, byId), byId) ?? nameOf(resolve(main.sourceOrganization, byId), byId),
    siteName: nameOf(site, byId),
    section: firstString(main.articleSection),
    language: str(main.inLanguage) ?? nameOf(resolve(main.inLanguage, byId), byId),
    url: str(main.url) ?? idOf(main.mainEntityOfPage),
    breadcrumb,
  };
}

function parseLoose(raw: string): unknown {
  const text = raw
    .replace(/^\s*(?:<!--|\/\/<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\]\]>|\]\]>)\s*$/, '')
    .replace(/[\u0000-\u001f]+/g, ' ');
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function flatten(value: unknown, out: Node[], depth: number): void {
  if (depth > 6 || out.length > 500) return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const node = value as Node;
  out.push(node);
  if (node['@graph']) flatten(node['@graph'], out, depth + 1);
  if (node.mainEntity && typeof node.mainEntity === 'object') flatten(node.mainEntity, out, depth + 1);
}

function typesOf(node: Node | undefined): string[] {
  const t = node?.['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase().replace(/^.*[/:]/, ''));
}

function pickMain(nodes: readonly Node[]): Node | undefined {
  const score = (n: Node) => {
    const types = typesOf(n);
    let s = 0;
    if (types.some((t) => ARTICLE_TYPES.test(t))) s += 4;
    else if (types.some((t) => PAGE_TYPES.test(t))) s += 2;
    if (n.datePublished || n.dateCreated) s += 2;
    if (n.headline) s += 1;
    if (n.author) s += 1;
    return s;
  };
  let best: Node | undefined;
  let bestScore = 2;
  for (const n of nodes) {
    const s = score(n);
    if (s > bestScore) [best, bestScore] = [n, s];
  }
  return best;
}

function resolve(value: unknown, byId: ReadonlyMap<string, Node>): Node | undefined {
  if (Array.isArray(value)) return resolve(value[0], byId);
  if (!value || typeof value !== 'object') return typeof value === 'string' ? { name: value } : undefined;
  const node = value as Node;
  const id = node['@id'];
  if (typeof id === 'string' && Object.keys(node).length <= 2 && byId.has(id)) return byId.get(id);
  return node;
}

function nameOf(node: Node | undefined, byId: ReadonlyMap<string, Node>): string | undefined {
  if (!node) return undefined;
  const r = resolve(node, byId) ?? node;
  return str(r.name) ?? str(r.legalName) ?? str(r.alternateName);
}

function authorsOf(value: unknown, byId: ReadonlyMap<string, Node>): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names: string[] = [];
  for (const item of list.slice(0, 20)) {
    const node = resolve(item, byId);
    if (!node) continue;
    const name = nameOf(node, byId) ?? [str(node.givenName), str(node.familyName)].filter(Boolean).join(' ');
    if (name && !/^https?:/i.test(name)) names.push(name);
  }
  return names;
}

function readBreadcrumb(nodes: readonly Node[]): string[] {
  const list = nodes.find((n) => typesOf(n).includes('breadcrumblist'));
  const items = Array.isArray(list?.itemListElement) ? (list.itemListElement as unknown[]) : [];
  const names: { pos: number; name: string }[] = [];
  items.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object') return;
    const item = raw as Node;
    const inner = item.item && typeof item.item === 'object' ? (item.item as Node) : undefined;
    const name = str(item.name) ?? str(inner?.name);
    if (name) names.push({ pos: typeof item.position === 'number' ? item.position : i + 1, name });
  });
  return names.sort((a, b) => a.pos - b.pos).map((n) => n.name);
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const s = value.replace(/\s+/g, ' ').trim();
    return s || undefined;
  }
  if (typeof value === 'number') return String(value);
  return undefined;
}

function firstString(value: unknown): string | undefined {
  return Array.isArray(value) ? value.map(str).find(Boolean) : str(value);
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return str((value as Node)['@id']) ?? str((value as Node).url);
  return undefined;
}
