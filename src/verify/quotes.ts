/**
 * @module verify/quotes
 * Quote matching across a story: quotations are compared by their normalised words. The same words from
 * ≥2 independent origins are corroborated; partial overlap (an outlet changed the wording) is a 'wording'
 * variant; the same words put in different speakers' mouths are a 'speaker' variant and unclear. A direct
 * quotation found in one origin only is single-source. Indirect speech is matched but never listed alone.
 */
import type { AttributedQuote } from '../analyze/index.js';
import { articleLabel, byStoryOrder, evidenceOf, findingId, originsOf, words } from './evidence.js';
import { QUOTE_STOPWORDS } from './quotes.data.js';
import type { Evidence, Finding, FindingStatus, FindingValue, VerifyArticle } from './types.js';

interface QuoteItem {
  readonly va: VerifyArticle;
  readonly quote: AttributedQuote;
  readonly content: string;
  readonly tokens: readonly string[];
  /** The tokens joined with single spaces, padded with one space each side (for containment tests). */
  readonly joined: string;
  readonly contentWords: ReadonlySet<string>;
  readonly speaker: string | null;
  readonly speakerName: string;
}

type Match = 'same' | 'wording' | null;

const STOP = new Set(QUOTE_STOPWORDS);
/** Shortest quotation (in words) matched on its words alone. */
const MIN_WORDS = 4;
/** Share of the shorter quote's content words the longer must hold for a wording variant. */
const WORDING_OVERLAP = 0.6;
const MIN_SHARED_CONTENT = 3;

export function matchQuotes(articles: readonly VerifyArticle[]): Finding[] {
  const order = new Map(articles.map((va, i) => [va.article.id, i]));
  const items = articles.flatMap(quoteItems);
  const groups: QuoteItem[][] = [];
  for (const item of items) {
    const group = groups.find((g) => g.some((m) => m.va.article.id !== item.va.article.id && matchOf(m, item)));
    if (group) group.push(item);
    else groups.push([item]);
  }
  return groups.filter(listed).map((g) => toFinding(g, order));
}

function quoteItems(va: VerifyArticle): QuoteItem[] {
  const { text } = va.article;
  return (va.analysis?.quotes ?? []).map((quote) => {
    const content = text.slice(quote.content.start, quote.content.end).replace(/^[\s"“”‘’'«»,]+|[\s"“”‘’'«»,]+$/gu, '');
    const tokens = words(content);
    const entity = va.analysis?.entities.find((e) => e.id === quote.speakerEntityId);
    return {
      va,
      quote,
      content,
      tokens,
      joined: padded(tokens),
      contentWords: new Set(tokens.filter((w) => !STOP.has(w))),
      speaker: quote.speakerEntityId,
      speakerName: entity?.name ?? quote.speaker?.text ?? 'unknown speaker',
    };
  });
}

/** A group is listed when it spans two articles, or is one direct quotation with a speaker. */
function listed(group: readonly QuoteItem[]): boolean {
  if (new Set(group.map((i) => i.va.article.id)).size > 1) return true;
  const q = group[0]!.quote;
  return (q.direct || q.mixed === true) && q.speaker !== null && q.speaker.kind !== 'document';
}

const padded = (tokens: readonly string[]) => ` ${tokens.join(' ')} `;

type Comparable = Pick<QuoteItem, 'tokens' | 'contentWords'> & { readonly joined?: string };

/** 'same' when one quotation's words hold the other's; 'wording' on enough shared content words. */
export function matchOf(a: Comparable, b: Comparable): Match {
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (
    short.tokens.length >= MIN_WORDS &&
    (long.joined ?? padded(long.tokens)).includes(short.joined ?? padded(short.tokens))
  ) {
    return 'same';
  }
  let shared = 0;
  for (const w of short.contentWords) if (long.contentWords.has(w)) shared++;
  const base = Math.min(a.contentWords.size, b.contentWords.size);
  if (shared >= MIN_SHARED_CONTENT && base > 0 && shared / base >= WORDING_OVERLAP) return 'wording';
  return null;
}

function toFinding(group: readonly QuoteItem[], order: ReadonlyMap<string, number>): Finding {
  const sort = byStoryOrder(order);
  const evidenceOfItem = (i: QuoteItem): Evidence =>
    evidenceOf(i.va, i.quote.content, { value: i.content, assertedBy: assertedBy(i) });
  const evidence = group.map(evidenceOfItem).sort(sort);
  const wordings = distinctWordings(group);
  const values: FindingValue[] = wordings.map((w) => ({
    value: w[0]!.content,
    evidence: w.map(evidenceOfItem).sort(sort),
  }));
  const speakers = new Set(group.map((i) => i.speaker).filter((s): s is string => s !== null));
  const variant = speakers.size > 1 ? 'speaker' : wordings.length > 1 ? 'wording' : undefined;
  const { status, reasons } = statusOf(group, variant);
  const first = group[0]!;
  const names = [...new Set(group.map((i) => i.speakerName))];
  return {
    id: findingId('quote', first.speaker ?? first.speakerName, first.tokens.join(' ')),
    kind: 'quote',
    status,
    subject: names.join(' / '),
    property: 'quote',
    summary: summaryOf(group, names, status),
    values,
    origins: originsOf(evidence),
    evidence,
    reasons,
    ...(variant ? { variant } : {}),
  };
}

function distinctWordings(group: readonly QuoteItem[]): QuoteItem[][] {
  const wordings: QuoteItem[][] = [];
  for (const item of group) {
    const same = wordings.find((w) => w[0]!.joined === item.joined);
    if (same) same.push(item);
    else wordings.push([item]);
  }
  return wordings;
}

function statusOf(group: readonly QuoteItem[], variant: 'wording' | 'speaker' | undefined) {
  const origins = new Set(group.map((i) => i.va.originId)).size;
  const reasons: string[] = [];
  let status: FindingStatus = origins >= 2 ? 'corroborated' : 'single-source';
  if (origins >= 2) reasons.push(`the quotation appears in ${origins} independent origins`);
  else reasons.push(group.length > 1 ? 'found only in copies of one origin' : 'found in one origin only');
  if (variant === 'speaker') {
    status = 'unclear';
    const names = [...new Set(group.map((i) => i.speakerName))].join(', ');
    reasons.push(`the same words are attributed to different speakers: ${names}`);
  } else if (variant === 'wording') {
    reasons.push('outlets give different wordings of it (partial overlap of their words)');
  }
  const unresolved = group.filter((i) => i.speaker === null).length;
  if (unresolved > 0 && variant !== 'speaker') reasons.push(`${unresolved} report(s) give no resolvable speaker`);
  return { status, reasons };
}

function assertedBy(i: QuoteItem): string {
  const via = i.quote.via.map((v) => v.text);
  return via.length > 0 ? `${i.speakerName} via ${via.join(', ')}` : i.speakerName;
}

function summaryOf(group: readonly QuoteItem[], names: readonly string[], status: FindingStatus): string {
  const first = group[0]!;
  const where = [...new Set(group.map((i) => articleLabel(i.va)))].join(', ');
  const clipped = first.content.length > 90 ? `${first.content.slice(0, 87)}…` : first.content;
  return `"${clipped}" — ${names.join(' / ')} (${where}; ${status})`;
}
