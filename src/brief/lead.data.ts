/**
 * @module brief/lead.data
 * The weights and thresholds of the lead's ranking (see docs/brief.md). Each term is named in the reasons of
 * the sentences it lifts or lowers.
 */
export const LEAD = {
  /** Sentences in the lead, source and template together. */
  maxSentences: 6,
  minSentences: 3,
  /** Template sentences (disagreements) at most. */
  maxTemplates: 2,
  /** Length bounds of a candidate source sentence, in characters and content words. */
  minChars: 40,
  maxChars: 420,
  minWords: 5,
  /** Two sentences whose content words overlap this much (Dice) say the same thing. */
  duplicate: 0.5,
  /** A sentence of another origin corroborates when its content words overlap this much … */
  corroborate: 0.45,
  /** … or this much together with at least `corroborateEntities` shared entities. */
  corroborateLoose: 0.28,
  corroborateEntities: 2,
  weights: {
    /** Per other independent origin saying the same. */
    origin: 2,
    /** Per corroborated finding whose evidence lies in the sentence. */
    finding: 1,
    /** A quote in the sentence with a named speaker. */
    attributed: 1,
    /** The quote is relayed by a named agency or outlet. */
    relayed: 0.5,
    /** The first sentence of its article; decays with position. */
    position: 1.5,
    /** Share of the sentence's entities that other articles of the story also name. */
    centrality: 1,
    /** Per warning flag of the article (capped at 3). */
    flag: -0.6,
    /** Speculation or opinion. */
    speculation: -1,
    /** Addresses the reader or frames the piece. */
    editorial: -1.5,
  },
} as const;
