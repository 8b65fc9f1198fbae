/**
 * @module analyze/ner/conll
 * Gold NER corpora as text → documents of tagged sentences, in one BIO tag set (PER, ORG, LOC, MISC).
 * Reads CoNLL-2003-style IOB1 ("-DOCSTART-" separated, wikigold) and token<TAB>BIO files
 * (en-worldwide-newswire). Pure string parsing; the caller reads the files.
 *
 * Worldwide-newswire type mapping (documented in bench/ner.ts as well):
 *   Person → PER · Organization → ORG · Location → LOC · NORP, Misc, Product → MISC ·
 *   Facility → IGNORE (scored as neither a hit nor a miss, see `IGNORE`) · Date, Money → O.
 */

/** The coarse types the tagger predicts (CoNLL-2003). */
export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const NER_TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** A gold type that is neither rewarded nor penalised (newswire's Facility: CoNLL has no such class). */
export const IGNORE = 'IGNORE';

export interface GoldSentence {
  readonly words: string[];
  /** BIO tags over NER_TYPES (or IGNORE), one per word. */
  readonly tags: string[];
}

export interface GoldDoc {
  readonly id: string;
  readonly sentences: GoldSentence[];
}

const NEWSWIRE_TYPES: Record<string, string> = {
  Person: 'PER',
  Organization: 'ORG',
  Location: 'LOC',
  NORP: 'MISC',
  Misc: 'MISC',
  Product: 'MISC',
  Facility: IGNORE,
};

/** IOB1 (B- only between two adjacent same-type spans) → BIO. */
export function iob1ToBio(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const prev = tags[i - 1] ?? 'O';
    return prev.slice(2) === tag.slice(2) ? tag : `B-${tag.slice(2)}`;
  });
}

function pushSentence(doc: GoldSentence[], words: string[], tags: string[], iob1: boolean): void {
  if (words.length > 0) doc.push({ words: [...words], tags: iob1 ? iob1ToBio(tags) : [...tags] });
  words.length = 0;
  tags.length = 0;
}

/** Parse CoNLL "word TAG" lines (IOB1, as wikigold) into documents split at -DOCSTART-. */
export function parseConll(source: string, idPrefix = 'doc'): GoldDoc[] {
  const docs: GoldDoc[] = [];
  let current: GoldSentence[] = [];
  const words: string[] = [];
  const tags: string[] = [];
  const flushDoc = (): void => {
    pushSentence(current, words, tags, true);
    if (current.length > 0) docs.push({ id: `${idPrefix}-${docs.length}`, sentences: current });
    current = [];
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') pushSentence(current, words, tags, true);
    else if (line.startsWith('-DOCSTART-')) flushDoc();
    else {
      const cut = line.lastIndexOf(' ');
      words.push(line.slice(0, cut));
      tags.push(line.slice(cut + 1));
    }
  }
  flushDoc();
  return docs;
}

function mapNewswireTag(tag: string): string {
  if (tag === 'O' || tag === '') return 'O';
  const prefix = tag.slice(0, 2) === 'E-' ? 'I-' : tag.slice(0, 2) === 'S-' ? 'B-' : tag.slice(0, 2);
  const mapped = NEWSWIRE_TYPES[tag.slice(2)];
  return mapped ? `${prefix}${mapped}` : 'O';
}

/**
 * Parse one en-worldwide-newswire file (token<TAB>tag[<TAB>nested tag…], blank line between sentences) into a
 * document. Only the first tag column (the outermost entity) is kept; nested inner entities are dropped.
 */
export function parseNewswire(source: string, id: string): GoldDoc {
  const sentences: GoldSentence[] = [];
  const words: string[] = [];
  const tags: string[] = [];
  for (const raw of source.split(/\r?\n/)) {
    const cut = raw.indexOf('\t');
    const word = (cut < 0 ? raw : raw.slice(0, cut)).trim();
    if (word === '') {
      pushSentence(sentences, words, tags, false);
      continue;
    }
    words.push(word);
    // Nested annotations add more tag columns ("Qatar<TAB>B-Organization<TAB>B-Location" inside "Qatar Charity"):
    // the first column is the outermost (flat) entity, which is what we score.
    tags.push(
      mapNewswireTag(
        cut < 0
          ? 'O'
          : (
              raw
                .slice(cut + 1)
                .trim()
                .split('\t')[0] ?? ''
            ).trim(),
      ),
    );
  }
  pushSentence(sentences, words, tags, false);
  return { id, sentences: sentences.map(repairBio) };
}

/** An I- tag that does not continue a span of its type starts one. */
function repairBio(s: GoldSentence): GoldSentence {
  const tags = s.tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = s.tags[i - 1] ?? 'O';
    return prev !== 'O' && prev.slice(2) === t.slice(2) ? t : `B-${t.slice(2)}`;
  });
  return { words: s.words, tags };
}

/** Spans [start, end) in word indices with their type, from BIO tags. */
export function bioSpans(tags: readonly string[]): { start: number; end: number; type: string }[] {
  const out: { start: number; end: number; type: string }[] = [];
  let open: { start: number; type: string } | undefined;
  const close = (end: number): void => {
    if (open) out.push({ ...open, end });
    open = undefined;
  };
  tags.forEach((tag, i) => {
    if (tag.startsWith('I-') && open && open.type === tag.slice(2)) return;
    close(i);
    if (tag !== 'O') open = { start: i, type: tag.slice(2) };
  });
  close(tags.length);
  return out;
}
