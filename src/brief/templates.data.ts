/**
 * @module brief/templates.data
 * Words for the template sentences: how a compared property reads in English, and unit plurals.
 */

/** The head of a finding's property ("length.pages" → "length") → how the template names it. */
export const PROPERTY_WORDS: Readonly<Record<string, string>> = {
  length: 'length',
  count: 'number',
  percent: 'share',
  money: 'amount',
  quantity: 'amount',
  rank: 'rank',
  date: 'date',
  'date.statement': 'date of the statement',
  duration: 'duration',
  quote: 'wording',
};

/** Units whose plural is not unit + "s". */
export const UNIT_PLURALS: Readonly<Record<string, string>> = {
  person: 'people',
  century: 'centuries',
  '%': '%',
};

/** Units written right after the number, without a space. */
export const UNIT_TIGHT: ReadonlySet<string> = new Set(['%']);
