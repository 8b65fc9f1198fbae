/**
 * @module ingest/feeds
 * Feeds and sitemaps → the URLs they list: RSS 2.0 (and RSS 1.0/RDF), Atom, JSON Feed, XML
 * sitemaps (urlset) and sitemap indexes (whose entries are further sitemaps). Relative URLs are
 * resolved against the feed's URL; results are deduplicated, in document order, and bounded.
 */
import type { Element } from 'domhandler';
import { getAttributeValue, getElementsByTagName, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { DocumentShape } from './sniff.js';

export interface FeedLinks {
  /** Article pages to fetch. */
  readonly documents: string[];
  /** Further sitemaps to expand (from a sitemap index). */
  readonly sitemaps: string[];
}

/** Lists the links of a feed or sitemap. `text` is the decoded body; `base` resolves relative links. */
export function feedLinks(shape: DocumentShape, text: string, base: string | undefined, limit: number): FeedLinks {
  const raw = shape === 'json-feed' ? jsonFeedLinks(text) : xmlFeedLinks(shape, text);
  const resolved = unique(raw.map((link) => resolve(link, base)).filter((link): link is string => link !== undefined));
  if (shape === 'sitemapindex') return { documents: [], sitemaps: resolved.slice(0, limit) };
  return { documents: resolved.slice(0, limit), sitemaps: [] };
}

function xmlFeedLinks(shape: DocumentShape, text: string): string[] {
  const document = parseDocument(text, { xmlMode: true });
  const byName = (name: string, root: Parameters<typeof getElementsByTagName>[1] = document) =>
    getElementsByTagName((tag) => localName(tag) === name, root, true);
  switch (shape) {
    case 'rss':
    case 'rdf':
      return byName('item').map(rssItemLink);
    case 'atom':
      return byName('entry').map(atomEntryLink);
    case 'urlset':
    case 'sitemapindex':
      return byName('loc').map((loc) => textContent(loc).trim());
    default:
      return [];
  }
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return (colon < 0 ? name : name.slice(colon + 1)).toLowerCase();
}

function childElements(element: Element, name: string): Element[] {
  return element.children.filter(
    (child): child is Element => child.type === 'tag' && localName((child as Element).name) === name,
  );
}

function rssItemLink(item: Element): string {
  const link = childElements(item, 'link')[0];
  if (link && textContent(link).trim()) return textContent(link).trim();
  const about = getAttributeValue(item, 'rdf:about');
  if (about) return about;
  const guid = childElements(item, 'guid')[0];
  const permalink = guid ? getAttributeValue(guid, 'isPermaLink') : undefined;
  return guid && permalink !== 'false' ? textContent(guid).trim() : '';
}

function atomEntryLink(entry: Element): string {
  const links = childElements(entry, 'link');
  const alternate = links.find((link) => (getAttributeValue(link, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alternate ? (getAttributeValue(alternate, 'href') ?? '') : '';
}

function jsonFeedLinks(text: string): string[] {
  try {
    const feed = JSON.parse(text) as { items?: unknown };
    if (!Array.isArray(feed.items)) return [];
    return feed.items.map((item: { url?: unknown; external_url?: unknown }) =>
      typeof item?.url === 'string' ? item.url : typeof item?.external_url === 'string' ? item.external_url : '',
    );
  } catch {
    return [];
  }
}

function resolve(link: string, base: string | undefined): string | undefined {
  if (link === '') return undefined;
  try {
    const url = new URL(link, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

function unique(links: string[]): string[] {
  return [...new Set(links)];
}
