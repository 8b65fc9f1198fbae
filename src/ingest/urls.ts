/**
 * @module ingest/urls
 * URLs → captures. A fetched body is classified by content: a feed (RSS, Atom, JSON Feed) or a
 * sitemap (urlset; sitemapindex, expanded recursively to depth 3; gzipped sitemaps too) is
 * expanded into its article URLs — at most maxPerFeed per input, each fetched once per run —
 * and anything else must be an HTML or text document.
 */
import { errorMessage } from '../core/errors.js';
import { gunzipPartial } from './body.js';
import { captureItem, refusal } from './capture.js';
import type { CollectContext } from './context.js';
import { decodeBytes } from './decode.js';
import { feedLinks } from './feeds.js';
import { HTML_MEDIA_TYPES, REFUSED_MEDIA_PREFIXES } from './sniff.data.js';
import { binaryReason, type DocumentShape, isGzip, sniffKind, sniffShape } from './sniff.js';
import type { FetchedDocument, IngestItem } from './types.js';

const MAX_SITEMAP_DEPTH = 3;

/** Items for one URL input: a document, or the documents its feed or sitemap lists. */
export async function* urlItems(url: string, context: CollectContext): AsyncGenerator<IngestItem> {
  if (context.seenUrls.has(url)) return;
  context.seenUrls.add(url);
  if (await context.skip(url)) return;
  const fetched = await fetchOrRefuse(url, context);
  if ('ok' in fetched) {
    yield fetched;
    return;
  }
  const body = unzipIfNeeded(fetched);
  if ('ok' in body) {
    yield body;
    return;
  }
  const shape = sniffShape(body.bytes);
  if (shape === 'document') yield documentItem(url, body);
  else yield* feedItems(url, shape, decodeFeed(body.bytes, body.charset), body.url, context);
}

/** Items for the documents a feed or sitemap lists (already decoded to `text`). */
export async function* feedItems(
  input: string,
  shape: DocumentShape,
  text: string,
  base: string | undefined,
  context: CollectContext,
): AsyncGenerator<IngestItem> {
  const budget = { left: context.maxPerFeed };
  let listed = 0;
  for await (const documentUrl of listedDocuments(input, shape, text, base, context, budget, 0)) {
    if (typeof documentUrl !== 'string') {
      yield documentUrl;
      continue;
    }
    listed++;
    if (context.seenUrls.has(documentUrl)) continue;
    context.seenUrls.add(documentUrl);
    if (await context.skip(documentUrl)) continue;
    yield await fetchDocument(documentUrl, context);
  }
  if (listed === 0) yield refusal(input, `${input}: ${describe(shape)} lists no article URLs`, 'ingest:empty-feed');
}

async function* listedDocuments(
  input: string,
  shape: DocumentShape,
  text: string,
  base: string | undefined,
  context: CollectContext,
  budget: { left: number },
  depth: number,
): AsyncGenerator<string | IngestItem> {
  const links = feedLinks(shape, text, base, budget.left);
  for (const link of links.documents) {
    if (budget.left <= 0) return;
    budget.left--;
    yield link;
  }
  for (const sitemap of links.sitemaps) {
    if (budget.left <= 0 || depth >= MAX_SITEMAP_DEPTH || context.seenUrls.has(sitemap)) continue;
    context.seenUrls.add(sitemap);
    const child = await fetchFeed(sitemap, context);
    if ('ok' in child) yield child;
    else yield* listedDocuments(input, child.shape, child.text, child.url, context, budget, depth + 1);
  }
}

async function fetchFeed(
  url: string,
  context: CollectContext,
): Promise<IngestItem | { shape: DocumentShape; text: string; url: string }> {
  const fetched = await fetchOrRefuse(url, context);
  if ('ok' in fetched) return fetched;
  const body = unzipIfNeeded(fetched);
  if ('ok' in body) return body;
  const shape = sniffShape(body.bytes);
  if (shape === 'document')
    return refusal(url, `${url}: listed as a sitemap but is not a feed or sitemap`, 'ingest:not-a-feed');
  return { shape, text: decodeFeed(body.bytes, body.charset), url: body.url };
}

async function fetchDocument(url: string, context: CollectContext): Promise<IngestItem> {
  const fetched = await fetchOrRefuse(url, context);
  return 'ok' in fetched ? fetched : documentItem(url, fetched);
}

async function fetchOrRefuse(url: string, context: CollectContext): Promise<FetchedDocument | IngestItem> {
  try {
    const fetched = await context.fetcher().fetch(url);
    const refused = REFUSED_MEDIA_PREFIXES.find((prefix) => fetched.mediaType.startsWith(prefix));
    if (refused)
      return refusal(url, `${fetched.url}: media type ${fetched.mediaType} is not a document`, 'ingest:media-type');
    if (fetched.bytes.length === 0) return refusal(url, `${fetched.url}: empty body`, 'ingest:empty');
    return fetched;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return refusal(
      url,
      errorMessage(error),
      typeof code === 'string' && code.startsWith('ingest:') ? code : 'ingest:fetch',
    );
  }
}

function unzipIfNeeded(fetched: FetchedDocument): FetchedDocument | IngestItem {
  if (!isGzip(fetched.bytes)) return fetched;
  const unzipped = gunzipPartial(fetched.bytes, 64 * 1024 * 1024);
  if (!unzipped.complete) {
    return refusal(
      fetched.requestedUrl,
      `${fetched.url}: truncated or corrupt gzip (${unzipped.error})`,
      'ingest:truncated',
    );
  }
  return { ...fetched, bytes: unzipped.data };
}

function documentItem(input: string, fetched: FetchedDocument): IngestItem {
  const binary = binaryReason(fetched.bytes);
  if (binary) return refusal(input, `${fetched.url}: ${binary}`, 'ingest:binary');
  const xmlOrJson = /(?:[/+]xml|[/+]json)$/.test(fetched.mediaType);
  const kind = HTML_MEDIA_TYPES.includes(fetched.mediaType) ? 'html' : sniffKind(fetched.bytes);
  if (xmlOrJson && kind !== 'html') {
    return refusal(
      input,
      `${fetched.url}: ${fetched.mediaType} body is not a document, feed or sitemap`,
      'ingest:media-type',
    );
  }
  return captureItem({
    bytes: fetched.bytes,
    kind,
    mediaType: fetched.mediaType || (kind === 'html' ? 'text/html' : 'text/plain'),
    declaredCharset: fetched.charset,
    input,
    url: fetched.url,
    fetchedAt: fetched.fetchedAt,
  });
}

/** Decodes a feed body (XML declaration or transport charset, else UTF-8). */
export function decodeFeed(bytes: Uint8Array, charset: string | undefined): string {
  return decodeBytes(bytes, { kind: 'text', declaredCharset: charset }).text;
}

function describe(shape: DocumentShape): string {
  return shape === 'urlset' || shape === 'sitemapindex' ? 'sitemap' : 'feed';
}
