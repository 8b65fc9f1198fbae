/**
 * @module verify/flags/flags.data
 * Word lists of the integrity flags: expert roles and titles, relay marks that attribute words to reporting,
 * research nouns and vague research subjects, marks of a traceable study, chatbot phrases left in a text,
 * and the short words a headline check ignores.
 */

/** Nouns that present a person as an expert ("a geopolitical analyst at …"). */
// biome-ignore format: compact lexicon
export const EXPERT_NOUNS: readonly string[] = [
  'analyst', 'expert', 'professor', 'researcher', 'scholar', 'fellow', 'economist', 'strategist', 'specialist',
  'scientist', 'consultant', 'commentator', 'lecturer', 'academic', 'observer', 'historian', 'adviser', 'advisor',
  'political scientist', 'senior fellow', 'research fellow', 'associate professor', 'assistant professor',
];

/** Titles right before a name that present the person as an expert. */
export const EXPERT_TITLES: readonly string[] = ['Dr.', 'Dr', 'Professor', 'Prof.', 'Prof'];

/** Marks that the words reach the reader through named reporting ("told Reuters", "according to AP"). */
export const RELAY_MARKS =
  /\b(?:told|telling|speaking to|spoke to|said to|in an interview with|interviewed by|quoted by|according to|as reported by|reported by|wrote in|writing in|in a (?:post|column|op-ed|piece) (?:on|in|for))\s+(?:the\s+)?[\p{Lu}]/u;

/** Nouns of research: a statistic credited to one of these needs a traceable reference. */
// biome-ignore format: compact lexicon
export const STUDY_WORDS: readonly string[] = [
  'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'research', 'report', 'analysis', 'review', 'paper',
  'estimate', 'estimates', 'census', 'index', 'data', 'statistics', 'figures', 'researchers', 'scientists', 'experts',
];

/** A statistic credited to research in general ("studies show", "experts say"). */
export const VAGUE_RESEARCH =
  /\b(?:studies|research|surveys|polls|experts|scientists|researchers|data|statistics|reports)\s+(?:have\s+|has\s+)?(?:show|shows|shown|showed|suggest|suggests|suggested|indicate|indicates|found|find|say|says|estimate|estimates)\b/iu;

/** Marks of a traceable study: a quoted title, a link, an author, a journal, a year, a month. */
export const TRACEABLE =
  /(?:https?:\/\/|www\.|\bet al\b|\bjournal\b|\bpublished\s+(?:in|on|by)\b|["“][^"”]{8,}["”]|\bby\s+(?:Dr\.?\s+|Prof\.?\s+)?[\p{Lu}][\p{Ll}]+\s+[\p{Lu}][\p{Ll}]+|\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/u;

/** Statistic kinds of claims. */
export const STATISTIC_KINDS: readonly string[] = ['percent', 'count', 'money', 'quantity'];

/** A chatbot's own voice left in an article. */
export const CHATBOT_PHRASES =
  /\b(?:If you(?:'d| would)? (?:want|like),? I can|I can also (?:help|assist)|As an AI(?: language model)?|I hope this helps|Let me know if you(?:'d| would) like|Certainly! Here(?:'s| is)|Here(?:'s| is) (?:a|an|the) (?:revised|rewritten|updated|expanded) (?:version|article|section)|Feel free to ask)\b[^\n]*/giu;

/** Words a headline check ignores when it looks for names. */
// biome-ignore format: compact lexicon
export const HEADLINE_STOPWORDS: readonly string[] = [
  'the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'is', 'are', 'new',
];
