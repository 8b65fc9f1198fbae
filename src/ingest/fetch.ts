/**
 * @module ingest/fetch
 * A polite fetcher: robots.txt per origin (cached, obeyed unless respectRobots is false, its
 * Crawl-delay honoured up to 30 s), requests serialised per host with a minimum delay, connect and
 * total timeouts, a size cap while streaming, a redirect limit with every hop re-checked (scheme,
 * robots, private address), and refusal of non-global addresses unless allowPrivate.
 * Rejects with UserError (bad or refused input) or OperationalError (transient), naming the URL.
 */
import robotsParserModule from 'robots-parser';
import { OperationalError, UserError } from '../core/errors.js';
import { type AddressPolicy, isPrivateAddress } from './net-guard.js';
import { checkTarget, type RawResponse, type RequestSettings, requestOnce } from './request.js';
import { parseContentType } from './sniff.js';
import type { DocumentFetcher, FetchedDocument, FetchOptions } from './types.js';

export const DEFAULT_USER_AGENT = 'TriangulateBot/0.1 (+https://example.invalid/triangulate)';

const DEFAULTS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, perHostDelayMs: 1000 };
const ROBOTS_MAX_BYTES = 512 * 1024;
const MAX_CRAWL_DELAY_MS = 30_000;

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

/** robots-parser is CommonJS: its module.exports is the parse function. */
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robots;

export interface FetcherHooks {
  readonly isRefusedAddress?: AddressPolicy;
}

export class Fetcher implements DocumentFetcher {
  private readonly settings: RequestSettings;
  private readonly maxRedirects: number;
  private readonly perHostDelayMs: number;
  private readonly respectRobots: boolean;
  private readonly robots = new Map<string, Promise<Robots | null>>();
  private readonly hostQueues = new Map<string, Promise<void>>();
  private readonly lastRequestAt = new Map<string, number>();
  private readonly crawlDelays = new Map<string, number>();
  /** Hosts whose name did not resolve in this run: later requests fail at once, without a delay. */
  private readonly unresolvable = new Map<string, Error>();

  /**
   * @param hooks.isRefusedAddress overrides which resolved addresses are refused (default: every
   *   non-global address unless `allowPrivate`); for embedding and tests.
   */
  constructor(options: FetchOptions = {}, hooks: FetcherHooks = {}) {
    const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
    this.settings = {
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      timeoutMs,
      connectTimeoutMs: options.connectTimeoutMs ?? Math.min(timeoutMs, 10_000),
      maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
      isRefusedAddress: hooks.isRefusedAddress ?? (options.allowPrivate ? () => false : isPrivateAddress),
    };
    this.maxRedirects = options.maxRedirects ?? DEFAULTS.maxRedirects;
    this.perHostDelayMs = options.perHostDelayMs ?? DEFAULTS.perHostDelayMs;
    this.respectRobots = options.respectRobots ?? true;
  }

  /** Fetches a document, following redirects. Non-2xx final statuses reject. */
  async fetch(url: string): Promise<FetchedDocument> {
    const { response, finalUrl } = await this.follow(parseUrl(url));
    if (response.status < 200 || response.status > 299) throw statusError(finalUrl.href, response.status, url);
    const contentType = parseContentType(headerValue(response.headers['content-type']));
    return {
      requestedUrl: url,
      url: finalUrl.href,
      status: response.status,
      mediaType: contentType.mediaType,
      ...(contentType.charset ? { charset: contentType.charset } : {}),
      bytes: response.bytes,
      fetchedAt: new Date().toISOString(),
    };
  }

  private async follow(start: URL): Promise<{ response: RawResponse; finalUrl: URL }> {
    let current = start;
    for (let hop = 0; ; hop++) {
      const response = await this.hop(current, start, hop);
      const location = headerValue(response.headers.location);
      if (response.status < 300 || response.status > 399 || !location) return { response, finalUrl: current };
      if (hop >= this.maxRedirects) {
        throw new UserError(`${start.href}: more than ${this.maxRedirects} redirects (last to ${location})`, {
          input: start.href,
          code: 'ingest:redirect-limit',
        });
      }
      current = parseUrl(new URL(location, current).href, start.href);
    }
  }

  /** One request of a redirect chain; errors after a redirect name the URL first asked for. */
  private async hop(current: URL, start: URL, hop: number): Promise<RawResponse> {
    try {
      checkTarget(current, this.settings.isRefusedAddress);
      const known = this.unresolvable.get(current.hostname);
      if (known)
        throw new OperationalError(
          `${current.href}: ${known.message.replace(/^.*?: request failed/, 'request failed')}`,
          { input: current.href, code: 'ingest:dns' },
        );
      await this.checkRobots(current, start.href);
      return await this.politely(current, () => requestOnce(current, this.settings));
    } catch (error) {
      if (error instanceof OperationalError && error.code === 'ingest:dns')
        this.unresolvable.set(current.hostname, error);
      if (hop === 0 || !(error instanceof UserError || error instanceof OperationalError)) throw error;
      const Class = error instanceof UserError ? UserError : OperationalError;
      const details = { input: start.href, code: error.code ?? 'ingest:fetch', cause: error };
      throw new Class(`${start.href} (redirected) → ${error.message}`, details);
    }
  }

  private async checkRobots(url: URL, input: string): Promise<void> {
    if (!this.respectRobots) return;
    const robots = await this.robotsFor(url);
    if (robots && robots.isAllowed(url.href, this.settings.userAgent) === false) {
      throw new UserError(`${url.href}: disallowed by ${url.origin}/robots.txt for ${this.settings.userAgent}`, {
        input,
        code: 'ingest:robots',
      });
    }
  }

  private robotsFor(url: URL): Promise<Robots | null> {
    let cached = this.robots.get(url.origin);
    if (!cached) {
      cached = this.loadRobots(url.origin);
      this.robots.set(url.origin, cached);
    }
    return cached;
  }

  /**
   * robots.txt: 2xx → parsed; 4xx → no rules; 5xx → everything disallowed; unreachable or refused →
   * no rules (the document request itself then fails with the real reason).
   */
  private async loadRobots(origin: string): Promise<Robots | null> {
    const robotsUrl = new URL('/robots.txt', origin);
    let text = '';
    try {
      const response = await this.politely(robotsUrl, () =>
        requestOnce(robotsUrl, { ...this.settings, maxBytes: ROBOTS_MAX_BYTES }),
      );
      if (response.status >= 500) text = 'User-agent: *\nDisallow: /\n';
      else if (response.status >= 200 && response.status < 300) text = Buffer.from(response.bytes).toString('utf8');
    } catch {
      return null;
    }
    const robots = robotsParser(robotsUrl.href, text);
    const delay = robots.getCrawlDelay(this.settings.userAgent);
    if (delay !== undefined && delay > 0)
      this.crawlDelays.set(new URL(origin).host, Math.min(delay * 1000, MAX_CRAWL_DELAY_MS));
    return robots;
  }

  /** Runs `task` when the host's previous request is done and the minimum delay has passed. */
  private async politely<T>(url: URL, task: () => Promise<T>): Promise<T> {
    const host = url.host;
    const previous = this.hostQueues.get(host) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.hostQueues.set(
      host,
      previous.then(() => done),
    );
    await previous;
    try {
      const delay = Math.max(this.perHostDelayMs, this.crawlDelays.get(host) ?? 0);
      const wait = (this.lastRequestAt.get(host) ?? -Infinity) + delay - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return await task();
    } finally {
      this.lastRequestAt.set(host, Date.now());
      release();
    }
  }
}

function parseUrl(url: string, input = url): URL {
  try {
    return new URL(url);
  } catch {
    throw new UserError(`${input}: not a valid URL (${url})`, { input, code: 'ingest:bad-url' });
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function statusError(url: string, status: number, input: string): Error {
  const message = `${url}: HTTP status ${status}`;
  if (status === 429 || status >= 500) return new OperationalError(message, { input, code: 'ingest:http-status' });
  return new UserError(message, { input, code: 'ingest:http-status' });
}
