/**
 * @module analyze/text/abbreviations.data
 * Lexicons for the sentence splitter and the tokenizer: abbreviations (without their final period) grouped by
 * how they behave before a capitalised word, frequent sentence-initial words, and reporting verbs.
 * English first, then common German, French, Spanish and Russian forms. An entry written in lower case matches
 * any case ("dr" matches "Dr" and "DR"); an entry with a capital matches only as written ("Wash" is the state,
 * "wash" is a verb). Internal periods are kept ("e.g", "т.е").
 */

/** Titles and name prefixes: never end a sentence ("Dr. Smith", "Gen. Gerasimov", "St. Petersburg"). */
// biome-ignore format: compact lexicon
export const TITLE_ABBREVIATIONS: readonly string[] = [
  // English
  'mr', 'mrs', 'ms', 'messrs', 'mssrs', 'dr', 'drs', 'prof', 'profs', 'gen', 'gens', 'col', 'lt', 'lieut', 'sgt',
  'capt', 'cpt', 'maj', 'adm', 'cmdr', 'cdr', 'cpl', 'pvt', 'pfc', 'spc', 'brig', 'insp', 'supt', 'det', 'amb',
  'atty', 'rep', 'reps', 'sen', 'sens', 'gov', 'govs', 'pres', 'sec', 'hon', 'rev', 'fr', 'msgr', 'st', 'ste',
  'mt', 'ft', 'sr', 'sra', 'srta', 'dña',
  // German, French
  'hr', 'hrn', 'mme', 'mlle', 'mmes', 'mgr',
  // Russian
  'проф', 'акад', 'ген', 'св', 'ул', 'им', 'пр', 'пос', 'обл', 'респ',
];

/** Abbreviations that are followed by a number ("No. 5", "Art. 51", "p. 12", "ca. 300"). */
// biome-ignore format: compact lexicon
export const NUMBER_ABBREVIATIONS: readonly string[] = [
  'no', 'nos', 'nr', 'art', 'arts', 'vol', 'vols', 'p', 'pp', 'fig', 'figs', 'ch', 'chap', 'para', 'paras',
  'sect', 'op', 'ca', 'c', 'approx', 'tel', 'ext', 'núm', 'pág', 'abs', 'n', 'b', 'd', 'fl', 'стр', 'ч', 'п', 'рис',
  'тел',
];

/** Month abbreviations: not a sentence end before a day number ("Aug. 15"). */
// biome-ignore format: compact lexicon
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'janv', 'févr', 'avr', 'juil', 'déc', 'ene', 'dic', 'янв', 'фев', 'февр', 'апр', 'авг', 'сент', 'окт', 'нояб', 'дек',
];

/** Abbreviations that introduce more of the same sentence: never a sentence end. */
// biome-ignore format: compact lexicon
export const CONTINUING_ABBREVIATIONS: readonly string[] = [
  'e.g', 'i.e', 'vs', 'v', 'cf', 'viz', 'incl', 'esp', 'resp', 'est',
  // German
  'z', 'z.b', 'z.t', 'bzw', 'vgl', 'ggf', 'inkl', 'evtl', 'sog', 'mio', 'mrd', 'tsd', 'ua', 'u.a', 'd.h', 'bspw',
  // French, Spanish
  'env', 'ex', 'p.ex', 'ej', 'p.ej', 'aprox', 'av',
  // Russian
  'т.е', 'т.к', 'т.н', 'т.ч', 'см', 'напр', 'млн', 'млрд', 'тыс', 'руб', 'долл', 'ок',
];

/** Abbreviations that often end a sentence: a sentence end before any capitalised word ("… and so on, etc."). */
// biome-ignore format: compact lexicon
export const FINAL_ABBREVIATIONS: readonly string[] = ['etc', 'usw', 'т.д', 'т.п', 'др'];

/**
 * Abbreviations that end a name or a phrase and may also end the sentence: a sentence end only when the next
 * word is a frequent sentence opener ("Apple Inc. said" / "… Acme Inc. The company").
 */
// biome-ignore format: compact lexicon
export const AMBIGUOUS_ABBREVIATIONS: readonly string[] = [
  'inc', 'corp', 'ltd', 'co', 'cos', 'plc', 'llc', 'bros', 'jr', 'esq', 'dept', 'univ', 'assn', 'ave', 'blvd',
  'rd', 'hwy', 'a.m', 'p.m', 'ed', 'eds', 'г', 'гг', 'в', 'вв', 'н.э',
  // US states as AP abbreviates them
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass',
  'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis',
  'Wyo',
];

/** German month names: "am 5. Dezember" is an ordinal date, not a sentence end. */
// biome-ignore format: compact lexicon
export const ORDINAL_MONTH_NAMES: readonly string[] = [
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember',
];

/**
 * Frequent sentence-initial words that are unlikely to continue a name: after an ambiguous abbreviation or an
 * initial ("in the U.S. The …", "Plan B. But …") they show a new sentence.
 */
// biome-ignore format: compact lexicon
export const SENTENCE_STARTERS: readonly string[] = [
  // English
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'there', 'here', 'he', 'she', 'it', 'they', 'we', 'i', 'you',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'but', 'and', 'or', 'so', 'yet', 'nor', 'in', 'on', 'at',
  'for', 'from', 'by', 'with', 'as', 'after', 'before', 'when', 'while', 'if', 'although', 'though', 'because',
  'since', 'during', 'despite', 'however', 'meanwhile', 'moreover', 'still', 'also', 'then', 'now', 'thus',
  'instead', 'according', 'earlier', 'later', 'what', 'who', 'why', 'how', 'where', 'which', 'some', 'many',
  'most', 'several', 'both', 'all', 'each', 'every', 'another', 'such', 'not', 'under', 'among', 'until', 'unlike',
  'even', 'only', 'just', 'once', 'again', 'indeed', 'nevertheless', 'furthermore', 'therefore', 'otherwise',
  'separately', 'overall', 'previously', 'asked', 'speaking', 'whether', 'neither', 'either', 'few', 'much', 'more',
  'currently', 'finally', 'additionally', 'recently', 'subsequently', 'initially', 'eventually', 'similarly',
  'consequently', 'yesterday', 'following', 'having', 'being', 'given', 'born', 'together', 'throughout',
  // German
  'der', 'die', 'das', 'ein', 'eine', 'er', 'sie', 'es', 'wir', 'ich', 'man', 'im', 'am', 'auf', 'mit', 'nach',
  'bei', 'aber', 'und', 'doch', 'dies', 'diese', 'dieser', 'dabei', 'damit', 'wie', 'was', 'wer', 'als', 'wenn',
  'auch', 'nun',
  // French
  'le', 'la', 'les', 'un', 'une', 'il', 'elle', 'ils', 'elles', 'nous', 'je', 'ce', 'cette', 'ces', 'mais', 'et',
  'dans', 'pour', 'selon', 'après', 'avant', 'depuis', 'alors',
  // Spanish
  'el', 'los', 'las', 'una', 'pero', 'por', 'para', 'según', 'tras', 'este', 'esta', 'ese', 'esa', 'lo', 'se',
  // Russian
  'он', 'она', 'они', 'мы', 'я', 'это', 'этот', 'эта', 'на', 'но', 'и', 'а', 'по', 'после', 'до', 'как', 'что',
  'так', 'также', 'однако', 'при', 'с', 'к', 'у', 'из', 'за', 'в',
];

/** Reporting verbs: '"Is it over?" Peskov asked.' — after a quoted "?" or "!" they show an attribution. */
// biome-ignore format: compact lexicon
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'say', 'asked', 'asks', 'added', 'adds', 'told', 'tells', 'stated', 'states', 'wrote', 'writes',
  'replied', 'replies', 'responded', 'insisted', 'explained', 'warned', 'noted', 'declared', 'exclaimed',
  'shouted', 'continued', 'concluded', 'argued', 'suggested', 'recalled', 'remarked', 'quipped', 'cried',
  'wondered', 'demanded', 'answered', 'tweeted', 'posted', 'yelled', 'joked', 'countered', 'acknowledged',
  'sagte', 'fragte', 'erklärte', 'betonte', 'dit', 'déclare', 'affirme', 'dijo', 'afirmó', 'señaló', 'preguntó',
  'сказал', 'сказала', 'заявил', 'заявила', 'отметил', 'отметила', 'спросил', 'спросила', 'добавил', 'добавила',
];
