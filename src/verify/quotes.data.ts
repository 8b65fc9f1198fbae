/**
 * @module verify/quotes.data
 * Function words left out when two quotations are compared by their content words.
 */

// biome-ignore format: compact lexicon
export const QUOTE_STOPWORDS: readonly string[] = [
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is', 'are',
  'was', 'were', 'be', 'been', 'being', 'it', 'its', 'this', 'that', 'these', 'those', 'we', 'our', 'us', 'i', 'you',
  'he', 'she', 'they', 'them', 'his', 'her', 'their', 'not', 'no', 'will', 'would', 'can', 'could', 'should', 'have',
  'has', 'had', 'do', 'does', 'did', 'so', 'if', 'than', 'then', 'there', 'which', 'who', 'what', 'also', 'very',
  'just', 'all', 'any', 'some', 'more', 'most', 'such', 'about', 'into', 'over', 'said', 'says',
];
