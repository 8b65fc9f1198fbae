/**
 * @module verify/stances.data
 * Words of a reported stance: evaluative verbs and nouns after an actor ("the Kremlin welcomed", "Peskov's
 * praise"), "called X a positive step", and evaluative words inside an actor's quoted words ("a positive step",
 * "consistent with our vision", "unacceptable"), each with its sign; and the negations that void them.
 */

// biome-ignore format: compact lexicon
export const POSITIVE_VERBS: readonly string[] = [
  'welcomed', 'welcomes', 'welcome', 'praised', 'praises', 'praise', 'hailed', 'hails', 'applauded', 'applauds',
  'endorsed', 'endorses', 'commended', 'commends', 'lauded', 'lauds', 'embraced', 'embraces',
];

// biome-ignore format: compact lexicon
export const NEGATIVE_VERBS: readonly string[] = [
  'condemned', 'condemns', 'criticised', 'criticises', 'criticized', 'criticizes', 'denounced', 'denounces',
  'slammed', 'slams', 'rejected', 'rejects', 'decried', 'decries', 'deplored', 'deplores', 'blasted', 'blasts',
  'protested', 'protests', 'dismissed', 'dismisses',
];

// biome-ignore format: compact lexicon
export const POSITIVE_NOUNS: readonly string[] = ['praise', 'welcome', 'endorsement', 'approval', 'applause'];

// biome-ignore format: compact lexicon
export const NEGATIVE_NOUNS: readonly string[] = ['criticism', 'condemnation', 'rejection', 'denunciation', 'protest'];

/** Adverbs that may stand between the actor and the verb ("the Kremlin has warmly welcomed"). */
// biome-ignore format: compact lexicon
export const STANCE_ADVERBS: readonly string[] = [
  'has', 'have', 'had', 'publicly', 'warmly', 'openly', 'also', 'swiftly', 'quickly', 'strongly', 'sharply',
  'cautiously', 'immediately', 'officially', 'on', 'firmly',
];

/** Verbs that introduce an evaluation: "X called the move a positive one". */
// biome-ignore format: compact lexicon
export const APPRAISAL_VERBS: readonly string[] = [
  'called', 'calls', 'described', 'describes', 'termed', 'terms', 'deemed', 'deems', 'considered', 'considers',
  'labelled', 'labeled', 'branded', 'brands',
];

/** Evaluative words in an actor's own words, with their sign. */
// biome-ignore format: compact lexicon
export const POSITIVE_WORDS: readonly string[] = [
  'positive', 'constructive', 'encouraging', 'welcome', 'welcomed', 'welcomes', 'consistent with', 'in line with',
  'corresponds', 'correspond', 'aligns with', 'aligned with', 'agree with', 'agrees with', 'step forward',
  'good step', 'right direction',
];

// biome-ignore format: compact lexicon
export const NEGATIVE_WORDS: readonly string[] = [
  'negative', 'unacceptable', 'hostile', 'counterproductive', 'meaningless', 'provocative', 'provocation',
  'regrettable', 'outrageous', 'dangerous', 'step backwards', 'step back', 'condemn', 'reject', 'denounce',
];

/** A negation right before an evaluative word turns it into something else: skip it. */
export const NEGATION_BEFORE =
  /\b(?:not|no|never|hardly|neither|nor|without|n't|cannot|isn't|wasn't|aren't)\s+(?:\S+\s+){0,2}$/iu;
