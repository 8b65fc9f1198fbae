/**
 * @module analyze/ner/mentions
 * Article text + sentences → entity mentions (person, organisation, place, country, other) as stand-off
 * character spans, from the averaged-perceptron tagger (model.generated.ts) over the text module's tokens.
 * The tagger's spans are cleaned (hyphenated name parts joined, titles cut, money prefixes dropped, organisation
 * names completed, law and event names typed MISC), re-typed from the gazetteer (untagged nationality words added),
 * propagated to untagged repeats and made consistent within the document (most confident type), bracketed short
 * forms typed like their long form, with person names carried over to their parts and lone unknown one-word
 * "persons" re-typed (postprocess.ts);
 * LOC becomes 'country' when the gazetteer knows the name as a country, else 'place'; MISC becomes 'other'.
 * Confidence is a logistic squash of the tagger's smallest per-word max-marginal margin inside the mention.
 * Pure and deterministic: same text and sentences → same mentions.
 */
import { type Sentence, type Token, tokenize } from '../text/index.js';
import { casingClass, lowerVocabulary, sentenceFeatures } from './features.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer.js';
import { NER_MODEL_JSON } from './model.generated.js';
import { type Decoded, decode, deserialiseModel, type SerialisedModel, type TaggerModel } from './perceptron.js';
import {
  addDemonyms,
  cleanSpans,
  correctTypes,
  dropCurrencyPrefixes,
  dropTitleFronts,
  extendHyphenatedNames,
  extendOrgHeads,
  harmoniseTypes,
  joinCampusNames,
  joinHyphenated,
  joinMiscIntoOrgs,
  joinOrgOfPlace,
  linkAcronyms,
  propagate,
  propagateNameParts,
  retypeGroupModifiers,
  retypeLonePersons,
  retypePlaceOrgs,
  stripTitles,
  typeMiscHeads,
} from './postprocess.js';

export type MentionType = 'person' | 'organisation' | 'place' | 'country' | 'other';

/** An entity mention: `text === articleText.slice(start, end)`. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: MentionType;
  /** In (0, 1): how far the tagger preferred this reading over the next best. */
  readonly confidence: number;
  /**
   * 'model' for everything the tagger (plus post-processing) finds. 'gazetteer' is reserved for names added from
   * the knowledge base alone; no such pass runs today (it added nothing on the newswire dev slice).
   */
  readonly source: 'model' | 'gazetteer';
}

export interface FindMentionsOptions {
  /** Gazetteer for features and the country/place decision; default: the shipped knowledge base. */
  readonly gazetteer?: Gazetteer;
  /** Tagger weights; default: the shipped model. */
  readonly model?: TaggerModel;
}

/** Longest sentence (in tokens) tagged as one sequence; longer ones are tagged in windows of this size. */
const MAX_TOKENS = 400;
/** Logistic calibration of the margin (fitted by eye on the newswire dev slice: precision by margin bucket). */
const MARGIN_SCALE = 20;
const MARGIN_OFFSET = 20;

let shipped: TaggerModel | undefined;

/** The shipped NER model (parsed once). */
export function loadNerModel(): TaggerModel {
  shipped ??= deserialiseModel(JSON.parse(NER_MODEL_JSON) as SerialisedModel);
  return shipped;
}

const TYPE_OF: Record<string, MentionType> = { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other' };

function mentionType(tag: string, surface: string, gaz: Gazetteer): MentionType {
  const type = TYPE_OF[tag] ?? 'other';
  return type === 'place' && gaz.typeOf(surface) === 'country' ? 'country' : type;
}

interface Tagged {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly surface: string;
  readonly margin: number;
  /** For a one-word span: the type of the tagger's runner-up tag there, if that is another entity type. */
  readonly alt?: string;
}

function spansOf(text: string, tokens: readonly Token[], decoded: Decoded, model: TaggerModel): Tagged[] {
  const out: Tagged[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tag = model.tags[decoded.tags[i] ?? 0] ?? 'O';
    if (tag === 'O') {
      i++;
      continue;
    }
    const type = tag.slice(2);
    let j = i + 1;
    while (j < tokens.length && model.tags[decoded.tags[j] ?? 0] === `I-${type}`) j++;
    const start = (tokens[i] as Token).start;
    const end = (tokens[j - 1] as Token).end;
    const runner = model.tags[decoded.runnersUp[i] ?? 0] ?? 'O';
    const alt = j === i + 1 && runner !== 'O' && runner.slice(2) !== type ? runner.slice(2) : undefined;
    const margin = Math.min(...decoded.margins.slice(i, j));
    out.push({ start, end, type, surface: text.slice(start, end), margin, ...(alt ? { alt } : {}) });
    i = j;
  }
  return out;
}

function toMention(t: Tagged, gaz: Gazetteer): Mention {
  const p = 1 / (1 + Math.exp(-(t.margin - MARGIN_OFFSET) / MARGIN_SCALE));
  const confidence = Math.min(0.999, Math.max(0.001, Math.round(p * 1000) / 1000));
  return {
    start: t.start,
    end: t.end,
    text: t.surface,
    type: mentionType(t.type, t.surface, gaz),
    confidence,
    source: 'model',
  };
}

/** Mentions of people, organisations, places, countries and other names in `text`, in text order. */
export function findMentions(
  text: string,
  sentences: readonly Sentence[],
  options: FindMentionsOptions = {},
): Mention[] {
  const gaz = options.gazetteer ?? defaultGazetteer();
  const model = options.model ?? loadNerModel();
  const perSentence = sentences.map((s) => tokenize(text, s.start, s.end));
  const seen = lowerVocabulary(perSentence.flatMap((ts) => ts.map((t) => text.slice(t.start, t.end))));
  const tagged: Tagged[] = [];
  for (const all of perSentence) {
    for (let k = 0; k < all.length; k += MAX_TOKENS) {
      const tokens = all.slice(k, k + MAX_TOKENS);
      const words = tokens.map((t) => text.slice(t.start, t.end));
      const decoded = decode(model, sentenceFeatures(words, seen, gaz));
      tagged.push(...spansOf(text, tokens, decoded, model));
    }
  }
  const tokens = perSentence.flat();
  const make = (like: Tagged, start: number, end: number): Tagged => ({
    ...like,
    start,
    end,
    surface: text.slice(start, end),
    margin: like.margin / 2,
  });
  const isCommon = (lower: string): boolean => casingClass(lower) === 'c';
  const joined = extendHyphenatedNames(joinHyphenated(tagged, text, gaz), tokens, text);
  const spans = joinCampusNames(stripTitles(cleanSpans(joined, isCommon, gaz), tokens, text, gaz), tokens, text, gaz);
  const orgs = joinMiscIntoOrgs(
    joinOrgOfPlace(
      retypePlaceOrgs(extendOrgHeads(dropTitleFronts(dropCurrencyPrefixes(spans, text), text), tokens, text)),
      text,
    ),
    text,
  );
  const create = (start: number, end: number, type: string): Tagged => ({
    start,
    end,
    type,
    surface: text.slice(start, end),
    margin: MARGIN_OFFSET,
  });
  const cleaned = addDemonyms(
    correctTypes(typeMiscHeads(retypeGroupModifiers(orgs, text, gaz)), gaz),
    tokens,
    text,
    gaz,
    create,
  );
  const spread = propagate(cleaned, tokens, text, make);
  const linked = linkAcronyms(harmoniseTypes(spread), tokens, text, gaz, make);
  const typed = retypeLonePersons(propagateNameParts(linked, tokens, text, gaz, make), gaz, text);
  return typed.map((t) => toMention(t, gaz)).sort((a, b) => a.start - b.start || a.end - b.end);
}
