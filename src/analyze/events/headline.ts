/**
 * @module analyze/events/headline
 * Headlines ("Kremlin Affirms Alignment with US National Security Strategy") for the event finder. The tagger
 * reads a title-case line as one long name, so a headline's actors are found here instead: runs of up to three
 * capitalised words looked up in the knowledge base, kept when they are a country (or its adjective), a metonym
 * of a government ("Kremlin", "Washington") or a person or organisation the article itself names. Pure.
 */
import type { ResolvedMention } from '../entities/resolve.js';
import type { KbEntity, KnowledgeBase } from '../kb/index.js';
import { type Sentence, type Token, tokenize } from '../text/index.js';
import { HEADLINE } from './words.data.js';

const CAPITALISED = /^\p{Lu}/u;
const LETTERS = /^\p{L}+$/u;

/** True for a title-case line: most of its longer words capitalised, no closing full stop, short. */
export function isHeadline(text: string, sentence: Sentence): boolean {
  const body = text.slice(sentence.start, sentence.end).trim();
  if (body.endsWith('.') || body.includes('\n')) return false;
  const words = tokenize(text, sentence.start, sentence.end)
    .map((t) => text.slice(t.start, t.end))
    .filter((w) => LETTERS.test(w));
  if (words.length < HEADLINE.minWords || words.length > HEADLINE.maxWords) return false;
  const long = words.filter((w) => w.length >= 4);
  const capitalised = long.filter((w) => CAPITALISED.test(w)).length;
  return long.length >= 2 && capitalised / long.length >= HEADLINE.minCapitalisedShare;
}

/** The mention a knowledge-base entity gives in a headline, or undefined when it is not a clear actor. */
function mentionOf(
  e: KbEntity,
  surface: string,
  known: ReadonlySet<string>,
): Pick<ResolvedMention, 'type' | 'entityId' | 'actorId'> | null {
  if (e.type === 'country') {
    const adjective = e.adjectives?.some((a) => a.toLowerCase() === surface.toLowerCase()) === true;
    return { type: adjective ? 'other' : 'country', entityId: e.id };
  }
  if (e.type === 'place') return e.stands_for ? { type: 'place', entityId: e.id, actorId: e.stands_for } : null;
  if (!known.has(e.id)) return null;
  return { type: e.type === 'person' ? 'person' : 'organisation', entityId: e.id };
}

function spanMention(
  text: string,
  tokens: readonly Token[],
  i: number,
  n: number,
  kb: KnowledgeBase,
  known: ReadonlySet<string>,
): ResolvedMention | undefined {
  const span = tokens.slice(i, i + n);
  if (!span.every((t) => CAPITALISED.test(text.slice(t.start, t.end)))) return undefined;
  const start = span[0]!.start;
  const end = span[span.length - 1]!.end;
  const surface = text.slice(start, end);
  for (const e of kb.lookup(surface)) {
    const m = mentionOf(e, surface, known);
    if (!m) continue;
    return { start, end, text: surface, confidence: 1, source: 'gazetteer', resolution: 'kb', ...m };
  }
  return undefined;
}

/**
 * The actor mentions of a headline: the longest run (up to three capitalised words) the knowledge base knows,
 * left to right. `known` holds the entity ids the article names elsewhere (persons and organisations count only then).
 */
export function headlineMentions(
  text: string,
  sentence: Sentence,
  kb: KnowledgeBase,
  known: ReadonlySet<string>,
): ResolvedMention[] {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const out: ResolvedMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(HEADLINE.maxNameWords, tokens.length - i); n >= 1; n--) {
      const m = spanMention(text, tokens, i, n, kb, known);
      if (!m) continue;
      out.push(m);
      i += n - 1;
      break;
    }
  }
  return out;
}
