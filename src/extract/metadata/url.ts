/**
 * @module extract/metadata/url
 * What a page's URL says: the host as a last-resort outlet name, the first path segment as a
 * low-confidence section, and canonical URL resolution.
 */

const NOT_SECTIONS =
  /^(article|articles|story|stories|news|post|posts|p|a|blog|blogs|item|content|view|detail|details|amp|index|html?|page|pages|en|de|fr|es|it|pt|nl|ru|uk|pl|sv|tr|www|web|m|id|node|doc|\d.*|.{1,2})$/i;

/** The host without "www.", e.g. "lemire.me". */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
    return host || null;
  } catch {
    return null;
  }
}

/** The first path segment when it looks like a section name ("/world/2025/…" → "world"). */
export function sectionFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  let segments: string[];
  try {
    segments = new URL(url).pathname.split('/').filter(Boolean);
  } catch {
    return null;
  }
  if (segments.length < 2) return null;
  const first = decodeURIComponent(segments[0]!);
  if (NOT_SECTIONS.test(first) || /\.[a-z]{2,5}$/i.test(first) || first.length > 25) return null;
  if (!/^[\p{L}][\p{L}-]*$/u.test(first) || first.split('-').length > 3) return null;
  return first.toLowerCase();
}

/** An absolute http(s) URL from `href` resolved against `base`, or null. */
export function absoluteUrl(href: string, base: string | undefined): string | null {
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}
