/**
 * @module analyze/text
 * The foundation of the analyze stage: an article's text and blocks → sentences and tokens, as stand-off
 * ranges (UTF-16 offsets into `Article.text`, end exclusive). Pure, deterministic, linear in the text.
 * Provides: sentences (never across a block), tokens (no whitespace inside, no whitespace tokens).
 */

export { type AbbreviationKind, abbreviationKind, isSentenceStarter } from './abbreviations.js';
export { LONG_ITEM, type Sentence, type SentenceOptions, splitSentences } from './sentences.js';
export { shapeOf, type Token, type TokenKind, tokenize } from './tokens.js';
