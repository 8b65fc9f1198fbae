/**
 * @module brief/nations.data
 * Word lists for finding the countries of a story that the knowledge base does not know: the endings that make
 * a demonym adjective from a country's name ("Valdorian" → "Valdor-", "Chinese" → "Chin-"), the endings a
 * country's name drops to its stem ("Valdoria" → "Valdor-", "Kenya" → "Keny-"), the phrases that name a state
 * ("Republic of …"), and the role words that make a person or group speak for a government. General English.
 */

/** Demonym endings, longest first. */
export const DEMONYM_ENDINGS: readonly string[] = ['ian', 'ean', 'ese', 'ish', 'an', 'i', 'n'];

/** Endings a country's name drops to its stem. */
export const NAME_ENDINGS: readonly string[] = ['ia', 'a', 'e', 'y', 'o'];

/** The heads of a phrase that names a state: "Republic of …", "Government of …". */
// biome-ignore format: compact lexicon
export const STATE_HEADS: readonly string[] = [
  'Republic', 'Kingdom', 'Federation', 'Principality', 'Emirate', 'Sultanate', 'Commonwealth', 'Government',
  'Governments', 'State', 'Confederation',
];

/** "Republic of Ostrenia", "the Kingdom of X", "Government of X": X is a state. */
export const STATE_PHRASE = new RegExp(
  String.raw`\b(?:${STATE_HEADS.join('|')}) of (?:the )?(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)`,
  'gu',
);

/** Words of a role that speaks for a government: "Valdorian President", "Ostrenian government spokesman". */
export const GOVERNMENT_ROLE =
  /\b(?:president|prime minister|premier|chancellor|minister|ministry|ministries|government|governments|spokes(?:man|woman|person)|official|officials|authorities|foreign|defen[cs]e|interior|military|army|armed forces|general staff|ambassador|envoy|negotiators?|delegation|cabinet|parliament|king|queen|leader|head of state|state department|embassy|mayor|governor|general|colonel|commander)\b/iu;

/** Names that look like demonyms but are not ("American" stays with the knowledge base; these are never states). */
export const NOT_STATES: ReadonlySet<string> = new Set([
  'European',
  'Union',
  'Western',
  'Eastern',
  'Northern',
  'Southern',
]);
