/**
 * @module brief/timeline.data
 * Cues and limits of the timeline: lines that carry a date only as metadata (publication, updates, press
 * notices), arrangements for the press rather than events, hypothetical and conditional wording, datelines, and
 * the words of a date itself (left out when comparing what two dated sentences are about). General English.
 */

export const TIMELINE = {
  /** Entries the Markdown and HTML show; JSON keeps all. */
  shown: 12,
  /** A sentence longer than this is trimmed to the clause that holds the date. */
  maxText: 180,
  /** Dated sentences of one date join one entry when their event words overlap this much (Dice)… */
  sameEvent: 0.2,
  /** …or share this many event words. */
  sameEventShared: 3,
  /** A sentence with this share of its characters quoted is a quote's context, not a dated event. */
  maxQuoted: 0.35,
} as const;

/** Publication metadata and notices: "Published November 25", "Issued by the Press Office · 24 November". */
export const METADATA_LINE =
  /^(?:(?:first |last )?(?:published|updated|posted|issued|released|modified)\b|press release\b|notes? to editors\b|for immediate release\b|©|copyright\b)/iu;

/** Arrangements for the press, not events of the story. */
export const LOGISTICS =
  /\b(?:(?:will|to) hold a (?:press )?briefing|press conference will|accredited (?:media|journalists)|media (?:contact|accreditation)|for (?:further|more) information|briefing for (?:the )?(?:media|press|journalists))\b/iu;

/** Conditional or hypothetical wording: the date is not when something happened or is set to happen. */
export const HYPOTHETICAL =
  /\b(?:if|unless|whether|would|could|might|should it|in case|find out|wait and see|remains to be seen)\b/iu;

/** "may" as a modal (lower case: "May 2025" is a month). */
export const MODAL_MAY = /\bmay\b/u;

/** A dateline opening a story: "PORT CALDER, Meridia, Nov 24 —", "LONDON (Wire) –". */
export const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'-]+(?:,\s*[\p{L}\p{N}.\s]+){0,2}(?:\([^)]*\))?\s*[—–-]\s+/u;

/** Words of dates, left out when comparing what two dated sentences are about. */
export const DATE_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec today tomorrow yesterday
  morning evening afternoon night week month year local time day days weeks months years`
    .split(/\s+/u)
    .filter(Boolean),
);

/**
 * Kinds of event, each with the words that tell it: two dated sentences of one date that tell the same kind are
 * one entry ("the ceasefire takes effect on Thursday" and "the guns are to fall silent on Thursday").
 */
export const EVENT_KINDS: readonly { readonly id: string; readonly cues: RegExp }[] = [
  {
    id: 'ceasefire',
    cues: /\b(?:ceasefire|cease-fire|truce|armistice|cessation of hostilities|halt (?:the )?fighting|stop (?:the )?fighting|fall silent|hostilities (?:end|cease))\b/iu,
  },
  { id: 'signing', cues: /\b(?:sign(?:s|ed|ing)?|accord|treaty|pact|agreement|deal)\b/iu },
  {
    id: 'conflict',
    cues: /\b(?:war|conflict|fighting|invasion|invaded|offensive|shelling|shelled|artillery|clashes|hostilities|attacks?)\b/iu,
  },
  {
    id: 'deployment',
    cues: /\b(?:monitors?|observers?|peacekeepers?|troops? (?:arrive|deploy)|deploy(?:s|ed|ment)?|mission)\b/iu,
  },
  { id: 'funding', cues: /\b(?:fund(?:s|ing)?|pledged?|aid package|donors?|grants?|loans?|billion|million)\b/iu },
  {
    id: 'disaster',
    cues: /\b(?:earthquake|quake|aftershock|tremor|flood(?:s|ing)?|storm|hurricane|typhoon|cyclone|wildfires?|eruption|landslide)\b/iu,
  },
  { id: 'toll', cues: /\b(?:death toll|killed|dead|died|injured|wounded|casualties|displaced)\b/iu },
  { id: 'vote', cues: /\b(?:election|vote[ds]?|referendum|ballot|polls? (?:open|close))\b/iu },
  { id: 'talks', cues: /\b(?:talks|negotiations?|summit|meeting|met)\b/iu },
  { id: 'exchange', cues: /\b(?:detainees|prisoners?|hostages?|captives?)\b/iu },
];
