/**
 * @module analyze/quotes
 * Article text + sentences → quotes with speakers: direct ("…," Peskov said), indirect (Zakharova stated
 * that …; according to …; X described … as …), mixed ("largely consistent" inside a reported clause),
 * communicative acts ("accused X of …", "called for …", "vowed to …", "her call for …") and documents, polls
 * and studies as speakers ("the document says", "a poll found that …"); each with its cue verb, content span, relay chain ("told
 * TASS", "as reported by Reuters"), a confidence and the rules that fired. Pronouns, bare surnames and role
 * phrases are resolved to the nearest compatible earlier full name in the article; entity ids are not
 * assigned here (that needs the knowledge base). Pure, deterministic, bounded scans per token.
 * Requires: sentences. Provides: quotes.
 */
export { findQuotes } from './find.js';
export type { Quote, QuoteMark, QuoteOptions, QuoteSpeaker, SpeakerKind } from './types.js';
