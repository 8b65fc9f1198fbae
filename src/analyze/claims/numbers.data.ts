/**
 * @module analyze/claims/numbers.data
 * Lexicons for numeric and temporal expressions: number words, scales, vague amounts, fractions, ordinals,
 * currencies, units, hedges, months, weekdays and time units. English; lower case unless noted.
 */

// biome-ignore format: compact lexicon
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers after a number ("1.2 billion", "$3bn", "40m"). */
// biome-ignore format: compact lexicon
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12,
};

/** Vague amounts, with a conventional lower bound: "dozens" → 24, "tens of thousands" → 20,000. */
// biome-ignore format: compact lexicon
export const VAGUE_AMOUNTS: Readonly<Record<string, number>> = {
  'a dozen': 12, 'dozens': 24, 'scores': 40, 'hundreds': 200, 'thousands': 2000, 'tens of thousands': 20000,
  'hundreds of thousands': 200000, 'millions': 2e6, 'tens of millions': 2e7, 'hundreds of millions': 2e8,
  'billions': 2e9, 'a hundred': 100, 'a thousand': 1000, 'a million': 1e6, 'a billion': 1e9,
};

/** Fractions in words. */
// biome-ignore format: compact lexicon
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 0.5, 'a half': 0.5, 'one half': 0.5, 'a third': 1 / 3, 'one third': 1 / 3, 'one-third': 1 / 3,
  'two-thirds': 2 / 3, 'two thirds': 2 / 3, 'a quarter': 0.25, 'one quarter': 0.25, 'one-quarter': 0.25,
  'three-quarters': 0.75, 'three quarters': 0.75, 'a fifth': 0.2, 'one-fifth': 0.2, 'one fifth': 0.2,
  'two-fifths': 0.4, 'three-fifths': 0.6, 'four-fifths': 0.8, 'a tenth': 0.1, 'one-tenth': 0.1,
};

// biome-ignore format: compact lexicon
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, twentieth: 20,
};

/** Superlatives that make an ordinal a rank ("second-largest", "third most populous"). */
// biome-ignore format: compact lexicon
export const RANK_SUPERLATIVES: readonly string[] = [
  'largest', 'biggest', 'highest', 'lowest', 'smallest', 'richest', 'poorest', 'busiest', 'deadliest', 'longest',
  'tallest', 'strongest', 'most', 'least', 'best', 'worst', 'fastest', 'oldest', 'greatest', 'heaviest',
];

/** Currency symbols and words → ISO 4217 codes. Keys are matched case-insensitively. */
// biome-ignore format: compact lexicon
export const CURRENCIES: Readonly<Record<string, string>> = {
  '$': 'USD', 'us$': 'USD', 'usd': 'USD', 'dollar': 'USD', 'dollars': 'USD', '€': 'EUR', 'eur': 'EUR',
  'euro': 'EUR', 'euros': 'EUR', '£': 'GBP', 'gbp': 'GBP', 'pound': 'GBP', 'pounds': 'GBP', 'sterling': 'GBP',
  '¥': 'JPY', 'yen': 'JPY', 'yuan': 'CNY', 'renminbi': 'CNY', 'rmb': 'CNY', '₹': 'INR', 'rupee': 'INR',
  'rupees': 'INR', '₽': 'RUB', 'rouble': 'RUB', 'roubles': 'RUB', 'ruble': 'RUB', 'rubles': 'RUB', 'rub': 'RUB',
  'a$': 'AUD', 'c$': 'CAD', 'hk$': 'HKD', 'nz$': 'NZD', 'chf': 'CHF', 'francs': 'CHF', 'hryvnia': 'UAH',
  'hryvnias': 'UAH', 'won': 'KRW', 'lira': 'TRY', 'real': 'BRL', 'reais': 'BRL', 'rand': 'ZAR', 'shekels': 'ILS',
};

/** Units of measure → [canonical unit, dimension]. Keys are lower case, matched whole. */
// biome-ignore format: compact lexicon
export const UNITS: Readonly<Record<string, readonly [string, string]>> = {
  km: ['km', 'length'], kilometre: ['km', 'length'], kilometres: ['km', 'length'], kilometer: ['km', 'length'],
  kilometers: ['km', 'length'], mile: ['mile', 'length'], miles: ['mile', 'length'], metre: ['m', 'length'],
  metres: ['m', 'length'], meter: ['m', 'length'], meters: ['m', 'length'], feet: ['ft', 'length'],
  foot: ['ft', 'length'], cm: ['cm', 'length'], mm: ['mm', 'length'], kg: ['kg', 'mass'],
  kilogram: ['kg', 'mass'], kilograms: ['kg', 'mass'], tonne: ['t', 'mass'], tonnes: ['t', 'mass'],
  ton: ['t', 'mass'], tons: ['t', 'mass'], lb: ['lb', 'mass'], lbs: ['lb', 'mass'],
  hectare: ['ha', 'area'], hectares: ['ha', 'area'], acre: ['acre', 'area'], acres: ['acre', 'area'],
  'square kilometres': ['km2', 'area'], 'square kilometers': ['km2', 'area'], 'square miles': ['mi2', 'area'],
  km2: ['km2', 'area'], 'km²': ['km2', 'area'], litre: ['l', 'volume'], litres: ['l', 'volume'],
  liter: ['l', 'volume'], liters: ['l', 'volume'], gallons: ['gal', 'volume'], barrels: ['bbl', 'volume'],
  'cubic metres': ['m3', 'volume'], 'cubic meters': ['m3', 'volume'], degrees: ['deg', 'temperature'],
  '°c': ['degC', 'temperature'], '°f': ['degF', 'temperature'], mw: ['MW', 'power'], gw: ['GW', 'power'],
  megawatts: ['MW', 'power'], gigawatts: ['GW', 'power'], kwh: ['kWh', 'energy'], mph: ['mph', 'speed'],
  'km/h': ['km/h', 'speed'], knots: ['kn', 'speed'], page: ['page', 'count'], pages: ['page', 'count'],
};

/** Time units → ISO 8601 duration designator; a number with one of these is a duration, not a count. */
// biome-ignore format: compact lexicon
export const TIME_UNITS: Readonly<Record<string, string>> = {
  year: 'Y', years: 'Y', month: 'M', months: 'M', week: 'W', weeks: 'W', day: 'D', days: 'D', decade: 'DEC',
  decades: 'DEC', century: 'CENT', centuries: 'CENT', hour: 'H', hours: 'H', minute: 'MIN', minutes: 'MIN',
};

/** Hedges before a number, longest first when matched. */
// biome-ignore format: compact lexicon
export const HEDGES: readonly string[] = [
  'more than', 'over', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'some', 'at least',
  'at most', 'up to', 'fewer than', 'less than', 'as many as', 'as much as', 'as few as', 'an estimated',
  'estimated', 'close to', 'just over', 'just under', 'well over', 'upwards of', 'in excess of', 'under',
  'no fewer than', 'no more than', 'almost exactly', 'only', 'just', 'barely', 'at least some', 'an additional',
  'below', 'above', 'circa', 'c.', 'ca.', 'approx.', 'some estimated',
];

// biome-ignore format: compact lexicon
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

/** Weekdays → JavaScript getUTCDay() numbers. */
// biome-ignore format: compact lexicon
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Words just before a weekday or relative date that point to the future ("will meet on Friday"). */
// biome-ignore format: compact lexicon
export const FUTURE_CUES: readonly string[] = [
  'will', "'ll", 'shall', 'due', 'scheduled', 'expected', 'set to', 'plans to', 'planned', 'is to', 'are to',
  'going to', 'next', 'upcoming', 'coming', 'starting', 'takes effect', 'take effect',
];
