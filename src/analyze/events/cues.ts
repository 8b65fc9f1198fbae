/**
 * @module analyze/events/cues
 * One sentence's lower-cased tokens → action cues: the verb (or governor + infinitive, or light verb + object) that
 * carries a CAMEO action, with its code and why. Negated, modal, hypothetical, ungoverned-infinitive, nominal and
 * quoted uses are dropped here; passives are marked for the role assignment.
 */
import {
  hasAuxiliary,
  isBreak,
  isEmbeddedClaim,
  isHypothetical,
  isInfinitive,
  isModal,
  isNegated,
  isNominal,
  isPassive,
  previousContent,
} from './clause.js';
import {
  EXPRESSING_VERBS,
  type Governor,
  INTENT_ADJECTIVES,
  INTENT_FAMILIES,
  INTENT_NOUNS,
  NEGOTIATION_NOUNS,
  TAKING_PART_VERBS,
} from './intent.data.js';
import type { FormEntry, Lexicon } from './lexicon.js';
import type { VerbPattern } from './verbs.data.js';
import { ACTOR_NOUNS, BE_FORMS } from './words.data.js';

export interface Cue {
  /** Token range of the cue words (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly code: string;
  readonly passive: boolean;
  readonly needsTarget: boolean;
  readonly reasons: readonly string[];
  /**
   * A demand read from a condition ("X says talks cannot go on unless Y …"): the token of the speech verb whose
   * subject is the source; the target is the subject of the condition.
   */
  readonly condition?: { readonly speech: number };
}

export interface CueContext {
  readonly words: readonly string[];
  /** Tokens inside quotation marks or an "according to" phrase. */
  readonly reported: readonly boolean[];
  /** Token indices that end a possible subject (an actor name, not an adjective). */
  readonly subjectEnds: ReadonlySet<number>;
  /** Token indices where an actor mention starts ("agreed to US mediation": "to" is a preposition there). */
  readonly actorStarts: ReadonlySet<number>;
  readonly lexicon: Lexicon;
}

const BE = new Set(BE_FORMS);
const ACTOR_NOUN_SET = new Set(ACTOR_NOUNS);
const INTENT_ADJ = new Set(INTENT_ADJECTIVES);
const INTENT_NOUN = new Set(INTENT_NOUNS);
const EXPRESSING = new Set(EXPRESSING_VERBS);
const TAKING_PART = new Set(TAKING_PART_VERBS);
const NEGOTIATION = new Set(NEGOTIATION_NOUNS);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'a', 'an', 'the', 'new', 'fresh', 'renewed', 'clear']);
const NOUN_WINDOW = 10;
const OBJECT_WINDOW = 6;

/** Why a verb form cannot head an event here, or undefined when it can. */
function blocked(ctx: CueContext, i: number, form: FormEntry, governed: boolean): string | undefined {
  const { words } = ctx;
  if (ctx.reported[i]) return 'quoted';
  if (isNegated(words, i)) return 'negated';
  if (isModal(words, i)) return 'modal';
  if (isHypothetical(words, i)) return 'hypothetical';
  if (isEmbeddedClaim(words, i)) return 'claimed or demanded, not narrated';
  if (!governed && isInfinitive(words, i)) return 'infinitive';
  if (isNominal(words, i)) return 'nominal';
  const w = words[i]!;
  if (w.endsWith('ing')) return words.slice(Math.max(0, i - 3), i).some((x) => BE.has(x)) ? undefined : 'gerund';
  if (form.participle) return undefined;
  const j = previousContent(words, i);
  const subjectBefore = j >= 0 && (ctx.subjectEnds.has(j) || ACTOR_NOUN_SET.has(words[j]!) || hasAuxiliary(words, i));
  return subjectBefore ? undefined : 'no subject before a present-tense form';
}

function refine(
  words: readonly string[],
  i: number,
  pattern: VerbPattern,
): { code: string; word?: string } | undefined {
  if (!pattern.objects) return { code: pattern.code };
  for (let k = i + 1; k < words.length && k <= i + OBJECT_WINDOW && !isBreak(words[k]!); k++) {
    const hit = pattern.objects[words[k]!];
    if (hit) return { code: hit, word: words[k]! };
  }
  return pattern.objectRequired ? undefined : { code: pattern.code };
}

function patternCue(ctx: CueContext, i: number): Cue | undefined {
  const { words } = ctx;
  for (const { pattern, form } of ctx.lexicon.patterns.get(words[i]!) ?? []) {
    const particle = pattern.verb.split(' ')[1];
    if (particle && words[i + 1] !== particle) continue;
    const refined = refine(words, i, pattern);
    if (!refined) continue;
    const why = blocked(ctx, i, form, false);
    if (why) return undefined;
    const last = particle ? i + 1 : i;
    const reasons = [`verb "${pattern.verb}" → ${refined.code}${refined.word ? ` (object "${refined.word}")` : ''}`];
    // A participle right before "by" is passive without its auxiliary too ("cuts demanded by the EU").
    const passive = isPassive(words, i, form.participle) || (form.participle && words[last + 1] === 'by');
    return { first: i, last, code: refined.code, passive, needsTarget: pattern.needsTarget === true, reasons };
  }
  return undefined;
}

function innerCode(governor: Pick<Governor, 'kind' | 'code'>, inner: string): string | undefined {
  const family = INTENT_FAMILIES[inner];
  return family?.[governor.kind] ?? governor.code;
}

/** "agreed to meet", "threatened to impose", "refused to release", "is ready to negotiate". */
function governedCue(ctx: CueContext, i: number): Cue | undefined {
  const { words } = ctx;
  const w = words[i]!;
  const hit = ctx.lexicon.governors.get(w);
  const adjective = INTENT_ADJ.has(w) && BE.has(words[previousContent(words, i)] ?? '');
  if ((!hit && !adjective) || words[i + 1] !== 'to') return undefined;
  const inner = words[i + 2];
  if (!inner || !/^[a-z]+$/.test(inner) || ctx.actorStarts.has(i + 2)) return undefined;
  const governor = hit?.governor ?? { verb: w, kind: 'intent' as const };
  const code = innerCode(governor, inner);
  if (!code) return undefined;
  const why = hit ? blocked(ctx, i, hit.form, false) : blockedAdjective(ctx, i);
  if (why) return undefined;
  const reasons = [`"${w} to ${inner}" → ${code} (${governor.kind})`];
  return { first: i, last: i + 2, code, passive: false, needsTarget: false, reasons };
}

/** "participating" → "participate", "joining" → "join", "negotiate" → "negotiate": lemmas to try. */
function lemmasOf(word: string): string[] {
  if (!word.endsWith('ing')) return [word];
  const stem = word.slice(0, -3);
  return [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')];
}

/**
 * "signaled openness to participating in shaping a framework", "expressed readiness to negotiate": a verb of
 * expressing, an intent noun, "to" and a verb of the intent families — or a verb of taking part followed by a
 * negotiation noun within a few words. Read as the express-intent code of the inner verb.
 */
function nounIntentCue(ctx: CueContext, i: number): Cue | undefined {
  const { words } = ctx;
  if (!EXPRESSING.has(words[i]!)) return undefined;
  let n = i + 1;
  while (n < words.length && n <= i + 3 && POSSESSIVES.has(words[n]!)) n++;
  if (!INTENT_NOUN.has(words[n] ?? '') || words[n + 1] !== 'to') return undefined;
  const inner = words[n + 2] ?? '';
  if (!/^[a-z]+$/.test(inner) || ctx.actorStarts.has(n + 2)) return undefined;
  let code: string | undefined;
  for (const lemma of lemmasOf(inner)) {
    code ??= INTENT_FAMILIES[lemma]?.intent;
    if (!code && TAKING_PART.has(lemma)) {
      const after = words.slice(n + 3, n + 3 + NOUN_WINDOW);
      if (after.some((w) => NEGOTIATION.has(w)) || after.join(' ').includes('arms control')) code = '036';
    }
  }
  if (!code) return undefined;
  const why = blockedAdjective(ctx, i);
  if (why) return undefined;
  const reasons = [`"${words[i]} ${words[n]} to ${inner}" → ${code} (intent)`];
  return { first: i, last: n + 2, code, passive: false, needsTarget: false, reasons };
}

function blockedAdjective(ctx: CueContext, i: number): string | undefined {
  const { words } = ctx;
  if (ctx.reported[i]) return 'quoted';
  if (isNegated(words, i) || isModal(words, i) || isHypothetical(words, i)) return 'negated or modal';
  if (isEmbeddedClaim(words, i)) return 'claimed or demanded, not narrated';
  return undefined;
}

/** Speech verbs whose subject makes a condition of the reported clause a demand. */
const DEMAND_SPEECH = new Set([
  'says',
  'said',
  'say',
  'states',
  'stated',
  'argues',
  'argued',
  'insists',
  'insisted',
  'maintains',
  'maintained',
  'warns',
  'warned',
  'stresses',
  'stressed',
  'declared',
  'declares',
]);
/** What a demand of this kind withholds: talks, a deal, relations, aid ("no talks until …"). */
const RELATIONS = new Set([
  'talks',
  'dialogue',
  'negotiations',
  'discussions',
  'agreement',
  'deal',
  'treaty',
  'cooperation',
  'relations',
  'ceasefire',
  'truce',
  'aid',
  'sanctions',
  'normalisation',
  'normalization',
  'engagement',
  'contacts',
  'peace',
]);
/** Words that make the main clause a refusal until the condition is met. */
const REFUSING = new Set(['cannot', 'not', "n't", 'never', 'no', 'meaningless', 'impossible', 'pointless', 'futile']);

/**
 * "Russia says talks cannot move forward unless Washington acknowledges …", "Zakharova stated that until
 * Washington revises its stance, talks would be meaningless": a speaker states a refusal that holds until another
 * party acts — a demand (100) of the speaker on that party. The roles come from the speech verb's subject and
 * the condition's subject (roles.ts); neither found, no event.
 */
function conditionalDemandCue(ctx: CueContext, i: number): Cue | undefined {
  const { words } = ctx;
  if ((words[i] !== 'unless' && words[i] !== 'until') || ctx.reported[i]) return undefined;
  let speech = -1;
  for (let k = i - 1; k >= 0; k--) {
    if (words[k] === ';' || words[k] === '.') break;
    // "states" in "the United States" ends an actor's name: not a speech verb.
    if (DEMAND_SPEECH.has(words[k]!) && !ctx.subjectEnds.has(k) && !ctx.actorStarts.has(k)) {
      speech = k;
      break;
    }
  }
  if (speech < 0 || ctx.reported[speech]) return undefined;
  const end = words.findIndex((w, k) => k > i && (w === ';' || w === '.'));
  const clause = words.slice(speech + 1, end < 0 ? words.length : end);
  if (!clause.some((w) => REFUSING.has(w)) || !clause.some((w) => RELATIONS.has(w))) return undefined;
  const reasons = [`"${words[speech]} … ${words[i]}": a refusal until another party acts → 100 (demand)`];
  return { first: i, last: i, code: '100', passive: false, needsTarget: true, reasons, condition: { speech } };
}

/** The action cues of one sentence, left to right; a token belongs to at most one cue. */
export function findCues(ctx: CueContext): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < ctx.words.length; i++) {
    const cue = governedCue(ctx, i) ?? nounIntentCue(ctx, i) ?? conditionalDemandCue(ctx, i) ?? patternCue(ctx, i);
    if (!cue) continue;
    out.push(cue);
    i = cue.last;
  }
  return out;
}
