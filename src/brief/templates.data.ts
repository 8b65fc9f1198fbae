/**
 * @module brief/templates.data
 * Words for the template sentences: how a compared property reads in English, and how units are written.
 */

/** A finding's property (verify's label or the analyser's dotted key) → how the template names it. */
export const PROPERTY_WORDS: Readonly<Record<string, string>> = {
  length: 'length',
  count: 'number',
  percent: 'share',
  money: 'amount',
  amount: 'amount',
  quantity: 'amount',
  rank: 'rank',
  date: 'date',
  'date.statement': 'date of the statement',
  duration: 'duration',
  quote: 'wording',
  displaced: 'number of displaced people',
  deaths: 'death toll',
  injured: 'number of injured',
  arrests: 'number of arrests',
};

/** "size in pages", "length in page", "size.article": a size counted in a unit → "number of <units>". */
export const SIZE_IN = /^(?:size|length)(?:\s+in\s+|\.)(\p{L}+)$/u;

/** Property heads that take "of <noun>": "number of monitors", "share of voters". */
export const OF_HEAD = /^(number|share|amount|size|length|rank|date|duration|wording|death toll) of (.+)$/u;

/** Units whose plural is not unit + "s". */
export const UNIT_PLURALS: Readonly<Record<string, string>> = {
  person: 'people',
  century: 'centuries',
  child: 'children',
  man: 'men',
  woman: 'women',
  foot: 'feet',
  '%': '%',
};

/** Units written right after the number, without a space. */
export const UNIT_TIGHT: ReadonlySet<string> = new Set(['%', '°C', '°F', '°']);

/**
 * Symbols and abbreviations, never pluralised ("10 km", "100 mm", "5 kWh"): listed ones, and any unit that is
 * not a plain lower-case word (contains a digit, a symbol, a capital) or has no vowel.
 */
export const UNIT_SYMBOLS: ReadonlySet<string> = new Set([
  'km',
  'm',
  'cm',
  'mm',
  'nm',
  'mi',
  'ft',
  'in',
  'yd',
  'kg',
  'g',
  'mg',
  't',
  'lb',
  'oz',
  'l',
  'ml',
  'ha',
  'bn',
  'mn',
  'kt',
  'mph',
  'kph',
  'hz',
  'khz',
  'mhz',
  'ghz',
  'kw',
  'mw',
  'gw',
  'kwh',
  'mwh',
  'gwh',
  'bbl',
  'sq km',
  'km2',
  'm2',
  'm3',
]);
