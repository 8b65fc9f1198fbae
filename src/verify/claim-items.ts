/**
 * @module verify/claim-items
 * A story's valued claims as alignment items: which claims take part (no statements, no small counts that refer
 * back, no unit-only or fragment subjects for vague properties), the cleaned subject (a real noun phrase: head
 * noun and modifiers, never the unit or a clause fragment), the property key (property + role + counted noun +
 * unit), whether the item may align at all (generic counted nouns never do), the event key of a date, the
 * speakers of a statement date, and the time a changing figure holds at (an explicit "as of", else the day the
 * article was published).
 */
import type { Claim } from '../analyze/claims/index.js';
import {
  ANAPHORIC_DETERMINERS,
  ANAPHORIC_MAX,
  AS_OF_BEFORE,
  AS_OF_BETWEEN,
  CLAUSE_WORDS,
  DOCUMENT_HEADS,
  EVOLVING_PROPERTIES,
  FRAGMENT_STARTS,
  GENERIC_COUNTED,
  PERSON_NOUNS,
  STATEMENT_DATE_PROPERTIES,
  SUBJECT_STOPWORDS,
  TRAILING_FUNCTION_WORDS,
  UNIT_NOUNS,
} from './claims.data.js';
import { words } from './evidence.js';
import type { VerifyArticle } from './types.js';

/** When a figure holds: an explicit "as of" day, else the publication day. */
export interface AsOf {
  readonly day: string;
  readonly explicit: boolean;
}

export interface ClaimItem {
  readonly va: VerifyArticle;
  readonly claim: Claim;
  readonly property: string;
  /** Only items with the same key are compared. */
  readonly key: string;
  /** The subject as a usable noun phrase (or event phrase for dates), if there is one. */
  readonly subject: string | undefined;
  readonly subjectWords: readonly string[];
  readonly head: string | undefined;
  readonly documentish: boolean;
  /** Never aligned with another item (a generic counted noun, a part of another count). */
  readonly alone: boolean;
  /** Dates: the predicate and head noun of the dated event ("signed:document"). */
  readonly eventKey?: string;
  /** Statement dates: the entities named in the sentence. */
  readonly speakers?: ReadonlySet<string>;
  /** Changing figures (tolls): when the figure holds. */
  readonly asOf: AsOf | null;
}

const STOP = new Set(SUBJECT_STOPWORDS);
const DOC = new Set(DOCUMENT_HEADS);
const GENERIC = new Set(GENERIC_COUNTED);
const PERSONS = new Set(PERSON_NOUNS);
const UNITS = new Set(UNIT_NOUNS);
const CLAUSE = new Set(CLAUSE_WORDS);
const FRAGMENT = new Set(FRAGMENT_STARTS);
const TRAILING = new Set(TRAILING_FUNCTION_WORDS);
const EVOLVING = new Set(EVOLVING_PROPERTIES);
export const STATEMENT_DATES = new Set(STATEMENT_DATE_PROPERTIES);
/** Properties too vague to align without a subject. */
const VAGUE = new Set(['date', 'duration', 'amount', 'quantity', 'count', 'percent']);

export const baseOf = (property: string): string => property.split('.')[0] ?? property;
export const isEvolving = (property: string): boolean => EVOLVING.has(baseOf(property));
export const isDocumentLength = (property: string): boolean =>
  property.startsWith('length.') && property !== 'length.km';

/** The alignment items of one article. */
export function claimItems(va: VerifyArticle): ClaimItem[] {
  const claims = (va.analysis?.claims ?? []).filter((c) => c.kind !== 'statement' && c.value !== null);
  const items = claims.map((claim) => itemOf(va, claim)).filter((i): i is ClaimItem => i !== null);
  return shareAsOf(items);
}

function itemOf(va: VerifyArticle, claim: Claim): ClaimItem | null {
  const property = claim.property ?? claim.kind;
  if (anaphoric(va.article.text, claim)) return null;
  const subject = claim.kind === 'date' ? dateSubject(claim.subject) : nounPhrase(claim.subject, claim.unit);
  const statementDate = STATEMENT_DATES.has(property);
  if (!subject && !statementDate && (claim.kind === 'quantity' || VAGUE.has(baseOf(property)))) return null;
  const subjectWords = words(subject ?? '').filter((w) => !STOP.has(w));
  const head = subjectWords[subjectWords.length - 1];
  const documentish =
    isDocumentLength(property) &&
    (head === undefined || subjectWords.some((w) => DOC.has(w)) || head === unitOf(property));
  const counted = property.startsWith('count.') ? property.slice(6) : undefined;
  const alone = (counted !== undefined && (GENERIC.has(counted) || UNITS.has(counted))) || property.endsWith('.part');
  const item: ClaimItem = {
    va,
    claim,
    property,
    key: keyOf(claim, property, head),
    subject,
    subjectWords,
    head,
    documentish,
    alone: alone && !isEvolving(property),
    asOf: isEvolving(property) ? asOfClaim(va, claim) : null,
  };
  if (claim.kind !== 'date') return item;
  return statementDate ? { ...item, speakers: speakersOf(va, claim) } : withEventKey(item);
}

const unitOf = (property: string) => property.split('.')[1];

/** Property + role detail + unit + currency. A role's person noun is dropped; another counted noun is kept. */
function keyOf(claim: Claim, property: string, head: string | undefined): string {
  const role = isEvolving(property) && head && !PERSONS.has(head) && !GENERIC.has(head) ? head : '';
  const unit = claim.unit && claim.kind !== 'date' && !isDocumentLength(property) ? claim.unit : '';
  return [property, role, unit, claim.currency ?? ''].join('|');
}

/** "the two powers", "both countries": a small count that refers back is not a statistic. */
function anaphoric(text: string, c: Claim): boolean {
  if (c.kind !== 'count' || c.unit || typeof c.value !== 'number' || c.value > ANAPHORIC_MAX) return false;
  return ANAPHORIC_DETERMINERS.test(text.slice(Math.max(0, c.valueSpan.start - 12), c.valueSpan.start));
}

/** Trailing function words dropped; null for a fragment or a unit ("the buffer zone along" → "the buffer zone"). */
function trimmed(subject: string | undefined): string[] | null {
  const parts = (subject ?? '').split(/\s+/u).filter(Boolean);
  while (parts.length > 0 && TRAILING.has((parts[parts.length - 1] ?? '').toLowerCase())) parts.pop();
  const first = (parts[0] ?? '').toLowerCase();
  if (parts.length === 0 || FRAGMENT.has(first)) return null;
  return parts;
}

/** A usable noun phrase: not a clause fragment, not a unit, not a bare determiner. */
export function nounPhrase(subject: string | undefined, unit?: string): string | undefined {
  const parts = trimmed(subject);
  if (!parts || parts.length > 7) return undefined;
  const lower = parts.map((p) => p.toLowerCase());
  if (lower.some((w, k) => CLAUSE.has(w) || (k > 0 && /\p{Ll}ed$/u.test(w) && k === lower.length - 1)))
    return undefined;
  const content = lower.filter((w) => !STOP.has(w));
  const head = content[content.length - 1];
  if (!head || UNITS.has(head) || head === unit?.toLowerCase()) return undefined;
  return parts.join(' ');
}

/** A date's event phrase: a clause is fine ("the deal was signed") but not a modal, relative or unit fragment. */
function dateSubject(subject: string | undefined): string | undefined {
  const parts = trimmed(subject);
  if (!parts || parts.length > 8) return undefined;
  const lower = parts.map((p) => p.toLowerCase());
  if (lower.some((w) => ['will', 'would', 'should', 'could', 'whose', 'which', 'who'].includes(w))) return undefined;
  const content = lower.filter((w) => !STOP.has(w));
  const head = content[content.length - 1];
  return head && !UNITS.has(head) ? parts.join(' ') : undefined;
}

/** "Valdoria and Ostrenia signed a ceasefire agreement" → "signed:document"; "the 2014 annexation" → "annexation". */
function withEventKey(item: ClaimItem): ClaimItem {
  const content = item.subjectWords;
  const verb = content.find((w) => /\p{Ll}{2}ed$/u.test(w) || CLAUSE.has(w));
  const nouns = content.filter((w) => w !== verb && !CLAUSE.has(w) && !/^\p{Lu}/u.test(w));
  const noun = nouns[nouns.length - 1] ?? (verb ? undefined : content[0]);
  if (!noun) return { ...item, alone: true };
  const head = DOC.has(noun) || noun === 'ceasefire' || noun === 'truce' ? 'document' : noun;
  return { ...item, eventKey: verb ? `${verb}:${head}` : `${content[0]}:${head}` };
}

/** The people and organisations named in the claim's sentence (who made the statement), else in the one before. */
function speakersOf(va: VerifyArticle, claim: Claim): ReadonlySet<string> {
  const own = namedIn(va, claim.start, claim.end);
  if (own.size > 0) return own;
  const sentences = va.analysis?.sentences ?? [];
  const at = sentences.findIndex((s) => s.start <= claim.start && claim.start < s.end);
  const previous = at > 0 ? sentences[at - 1] : undefined;
  return previous ? namedIn(va, previous.start, previous.end) : own;
}

function namedIn(va: VerifyArticle, start: number, end: number): Set<string> {
  const inside = (va.analysis?.mentions ?? []).filter(
    (m) => m.start >= start && m.end <= end && (m.type === 'person' || m.type === 'organisation'),
  );
  return new Set(inside.flatMap((m) => [m.entityId, ...(m.actorId ? [m.actorId] : [])]));
}

/** The time a changing figure holds at: a date of its sentence marked "as of", after it, or of the statement. */
function asOfClaim(va: VerifyArticle, claim: Claim): AsOf | null {
  const text = va.article.text;
  const dates = (va.analysis?.claims ?? []).filter(
    (d) => d.kind === 'date' && d.start === claim.start && /^\d{4}-\d\d-\d\d$/u.test(String(d.value)),
  );
  for (const d of dates) {
    if (/^['’]s\b/u.test(text.slice(d.valueSpan.end, d.valueSpan.end + 2))) continue;
    const before = text.slice(Math.max(claim.start, d.valueSpan.start - 40), d.valueSpan.start);
    const between = d.valueSpan.start >= claim.valueSpan.end ? text.slice(claim.valueSpan.end, d.valueSpan.start) : '';
    const statement = STATEMENT_DATES.has(d.property ?? '');
    if (AS_OF_BEFORE.test(before) || (between && AS_OF_BETWEEN.test(between)) || statement) {
      return { day: String(d.value), explicit: true };
    }
  }
  const published = va.article.meta.publishedAt?.value.slice(0, 10);
  return published && /^\d{4}-\d\d-\d\d$/u.test(published) ? { day: published, explicit: false } : null;
}

/** An article that gives a figure's time once gives it for every repetition of the same figure. */
function shareAsOf(items: readonly ClaimItem[]): ClaimItem[] {
  return items.map((item) => {
    if (item.asOf?.explicit || !isEvolving(item.property)) return item;
    const same = items.find((o) => o.asOf?.explicit && o.key === item.key && o.claim.value === item.claim.value);
    return same?.asOf ? { ...item, asOf: same.asOf } : item;
  });
}
