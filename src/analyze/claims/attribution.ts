/**
 * @module analyze/claims/attribution
 * Who asserts a claim: the speaker of the quote that holds it; a study ("according to a recent study",
 * "a study found", "research shows"), flagged `unnamed` when no title, author or link is given; a document
 * ("the document says", "according to the strategy"); a named source ("according to Reuters", "…, Peskov
 * said"); otherwise the outlet itself.
 */
import { contains } from '../../core/span.js';
import type { Range } from '../../core/types.js';
import { DOCUMENT_NOUNS, FINDING_VERBS, STUDY_NOUNS } from './attribution.data.js';
import type { AssertedBy, ClaimQuote } from './types.js';

const alt = (words: readonly string[]) => words.join('|');
const NOUN_PHRASE = String.raw`(?:(?:a|an|the|one|this|that|its|their|new|recent|latest|\d{4}|[\p{Lu}][\p{L}.&'’-]*|[\p{Ll}][\p{L}-]*)\s+){0,6}?`;
const STUDY_ACCORDING = new RegExp(
  String.raw`\b[Aa]ccording\s+to\s+(${NOUN_PHRASE}(?:${alt(STUDY_NOUNS)})\b(?:\s+(?:by|from|of)\s+(?:the\s+)?[\p{Lu}][\p{L}.&'’-]*(?:\s+[\p{Lu}][\p{L}.&'’-]*)*)?)`,
  'u',
);
const STUDY_FINDS = new RegExp(
  String.raw`(?:^|[^\p{L}])((?:a|an|the|one|new|recent)\s+${NOUN_PHRASE}(?:${alt(STUDY_NOUNS)})|(?:research|studies|data|experts|scientists|researchers))(?:\s+(?:by|from)\s+[^,]{1,60}?)?,?\s+(?:has\s+|have\s+)?(?:${alt(FINDING_VERBS)})\b`,
  'iu',
);
const DOC_SAYS = new RegExp(
  String.raw`(?:^|[^\p{L}])((?:the|this|that|a|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:${alt(DOCUMENT_NOUNS)}))\s+(?:also\s+|further\s+)?(?:${alt(FINDING_VERBS)})\b`,
  'iu',
);
const DOC_ACCORDING = new RegExp(
  String.raw`\baccording\s+to\s+((?:the|this|that|a)\s+(?:[\p{L}-]+\s+){0,3}?(?:${alt(DOCUMENT_NOUNS)}))\b`,
  'iu',
);
const NAMED_ACCORDING =
  /\b[Aa]ccording\s+to\s+((?:the\s+)?[\p{Lu}][\p{L}&'’-]*(?:\.[\p{Lu}])*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}&'’-]*){0,4})/u;
const TRAILING_SAID =
  /,\s+((?:the\s+)?[\p{L}][\p{L} '’-]{2,40}?)\s+(?:said|says|told reporters|added|stated)\s*[.!]?\s*$/u;
const NAMED_SAID =
  /(?:,|\bthat\b)[^,"“”]*?,?\s*([\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3})\s+(?:said|says|told|added|stated|claimed|wrote)\b/u;

/** Marks of a traceable study: a quoted title, a link, an author ("by Smith", "et al."), a journal, a year. */
const TRACEABLE =
  /(?:https?:\/\/|www\.|\bet al\b|\bjournal\b|\bpublished\s+(?:in|on|by)\b|["“][^"”]{8,}["”]|\bby\s+(?:Dr\.?\s+|Prof\.?\s+)?[\p{Lu}][\p{Ll}]+\s+[\p{Lu}][\p{Ll}]+|\b(?:19|20)\d\d\b)/u;

/** Who asserts what is at `at` (article offsets) in sentence text `s`, given the article's quotes. */
export function assertedByFor(s: string, at: Range, quotes: readonly ClaimQuote[]): AssertedBy {
  return quotedBy(at, quotes, s) ?? sentenceSource(s);
}

/** "a recent Pew Research Center study": a speaker phrase whose head is a research noun is a study. */
function isStudyPhrase(phrase: string): boolean {
  const head =
    phrase
      .toLowerCase()
      .match(/[\p{L}]+/gu)
      ?.pop() ?? '';
  return STUDY_NOUNS.includes(head) && !DOCUMENT_NOUNS.includes(head);
}

/**
 * The speaker of the quote whose content holds `at`, if any; a speaker that is a study ("according to a recent
 * X study") is asserted as a study, unnamed unless sentence `s` gives a title, author, link or year.
 */
export function quotedBy(at: Range, quotes: readonly ClaimQuote[], s = ''): AssertedBy | null {
  const quote = quotes.find((q) => contains(q.content, at));
  if (!quote) return null;
  if (quote.speaker && isStudyPhrase(quote.speaker.text)) {
    return { kind: 'study', text: quote.speaker.text, unnamed: !TRACEABLE.test(s) };
  }
  return quote.speaker ? { kind: 'speaker', text: quote.speaker.text } : { kind: 'speaker' };
}

/** The source a sentence names for what it says (study, document, named source), else the outlet. */
export function sentenceSource(s: string): AssertedBy {
  const study = STUDY_ACCORDING.exec(s) ?? STUDY_FINDS.exec(s);
  if (study?.[1] && !isDocumentPhrase(study[1])) {
    const text = study[1].trim();
    return { kind: 'study', text, unnamed: !TRACEABLE.test(s.slice(Math.max(0, study.index - 10))) };
  }
  const doc = DOC_ACCORDING.exec(s) ?? DOC_SAYS.exec(s);
  if (doc?.[1]) return { kind: 'document', text: doc[1].trim() };
  const named = NAMED_ACCORDING.exec(s) ?? NAMED_SAID.exec(s) ?? TRAILING_SAID.exec(s);
  if (named?.[1]) return { kind: 'speaker', text: named[1].trim() };
  return { kind: 'outlet' };
}

function isDocumentPhrase(phrase: string): boolean {
  const head =
    phrase
      .toLowerCase()
      .match(/[\p{L}]+/gu)
      ?.pop() ?? '';
  return DOCUMENT_NOUNS.includes(head) && !STUDY_NOUNS.includes(head);
}
