/**
 * @module brief/text.data
 * Word lists the brief's text helpers use: function words left out of sentence comparison, and the cues that
 * mark a sentence as something other than reported fact (a question-and-answer label, speculation, address to
 * the reader). General English, not tuned to any page.
 */

/** Function and very common words: ignored when comparing sentences. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor for so yet of in on at to from by with without into onto over under about above below
  after before since until as than then that this these those there here it its it's is are was were be been being
  has have had having do does did doing will would shall should can could may might must not no also very just
  more most less least much many some any each every such own same other another only even still both either
  neither he she they them their his her him we us our you your i me my who whom whose which what when where why
  how all said says say saying told tell according while if because though although whether which new one two`
    .split(/\s+/)
    .filter(Boolean),
);

/** A leading label that sets a line apart from the reporting ("Q:", "A:", "Expert Insight:", "Pro Tip:"). */
export const LABEL_PREFIX = /^\s*(?:[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,2}|[QA])\s*:\s/u;

/** Lines that are bylines, datelines or credits rather than reporting. */
export const BYLINE = /^\s*(?:by|from|photo|image|credit|source|written by|reporting by|editing by)\b[^.]{0,60}$/iu;

/** Speculation and opinion: a sentence with these reads as analysis, not as a reported fact. */
export const SPECULATION =
  /\b(?:could|might|may well|perhaps|possibly|potentially|likely to|it remains to be seen|only time will tell|arguably|suggests?|seems? to|appears? to|would likely)\b/iu;

/** Address to the reader or editorial framing ("you", "in conclusion"). */
export const EDITORIAL = /\b(?:you|your|in conclusion|to sum up|stay tuned|read more|click|subscribe|let'?s)\b/iu;

/** A sentence that leans on the one before it: a conjunction, pronoun or demonstrative opens it. */
export const DEPENDENT_START =
  /^["'(]?(?:but|and|or|so|yet|also|however|meanwhile|still|instead|then|he|she|it|they|this|that|these|those|his|her|its|their|such)\b/iu;

/** "The text also provides …": an adverb early on that continues what came before. */
export const DEPENDENT_EARLY = /^(?:\S+\s+){0,4}(?:also|too|further|furthermore|moreover|additionally)\b/iu;
