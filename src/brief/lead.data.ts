/**
 * @module brief/lead.data
 * The weights and thresholds of the lead's ranking (see docs/brief.md). Each term is named in the reasons of
 * the sentences it lifts or lowers.
 */
export const LEAD = {
  /** Sentences in the lead, source and template together. */
  maxSentences: 6,
  minSentences: 4,
  /** Template sentences (disagreements) at most: the most important one, last. */
  maxTemplates: 1,
  /** A sentence with this share of its characters in quotation marks is a quotation: it must name its speaker. */
  quoteOnly: 0.6,
  /** … and from this share on it reads as a quote rather than as reporting. */
  quoteHeavy: 0.35,
  /** Length bounds of a candidate source sentence, in characters and content words. */
  minChars: 40,
  maxChars: 420,
  minWords: 5,
  /** A sentence of a copy this close (Dice) to one of an earlier article of its origin is the same sentence. */
  sameInCopy: 0.8,
  /** Sentences up to this index (0-based) are the top of their article. */
  earlyIndex: 2,
  /** Two sentences whose content words overlap this much (Dice) say the same thing. */
  duplicate: 0.5,
  /** A sentence of another origin corroborates when its content words overlap this much … */
  corroborate: 0.45,
  /** … or this much together with at least `corroborateEntities` shared entities. */
  corroborateLoose: 0.28,
  corroborateEntities: 2,
  /** Other origins and corroborated findings that count towards support at most (a detail many outlets repeat
   * should not outrank the news itself). */
  maxOtherOrigins: 3,
  maxFindings: 2,
  weights: {
    /** Per other independent origin saying the same. */
    origin: 2,
    /** Per corroborated finding whose evidence lies in the sentence. */
    finding: 1,
    /** A quote in the sentence with a named speaker. */
    attributed: 1,
    /** The quote is relayed by a named agency or outlet. */
    relayed: 0.5,
    /** × the share of the words the headlines of several origins share: the sentence is on the story's topic. */
    topic: 2.5,
    /** Per other origin that says the same at the top of its article: the core news. */
    earlyEcho: 1,
    /** The first sentence of its article; decays with position. */
    position: 2.5,
    /** Share of the sentence's entities that other articles of the story also name. */
    centrality: 1,
    /** Per warning flag of the article (capped at 3). */
    flag: -1,
    /** Speculation or opinion. */
    speculation: -1,
    /** Addresses the reader or frames the piece. */
    editorial: -1.5,
    /** A coded event (who did what to whom) in the sentence: it states the news. */
    event: 1,
    /** Per named actor or place in the sentence (at most two). */
    name: 0.5,
    /** Names no person, organisation, country or place. */
    noActor: -1,
    /** Leans on the sentence before ("But …", "He …", "This …", "… also …" early on). */
    dependent: -1.5,
    /** Mostly a quotation, or opens with one. */
    quoted: -1.5,
    /** A list item or block quote (used only when the story has too few reporting paragraphs). */
    notParagraph: -2,
  },
} as const;
