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
import { type Governor, INTENT_ADJECTIVES, INTENT_FAMILIES } from './intent.data.js';
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

function blockedAdjective(ctx: CueContext, i: number): string | undefined {
  const { words } = ctx;
  if (ctx.reported[i]) return 'quoted';
  if (isNegated(words, i) || isModal(words, i) || isHypothetical(words, i)) return 'negated or modal';
  if (isEmbeddedClaim(words, i)) return 'claimed or demanded, not narrated';
  return undefined;
}

/** The action cues of one sentence, left to right; a token belongs to at most one cue. */
export function findCues(ctx: CueContext): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < ctx.words.length; i++) {
    const cue = governedCue(ctx, i) ?? patternCue(ctx, i);
    if (!cue) continue;
    out.push(cue);
    i = cue.last;
  }
  return out;
}
