/**
 * @module analyze/kb/normalise
 * Name normalisation shared by the knowledge base and the mention resolver. Pure functions, no I/O.
 *
 * `normaliseName(s)` — display-insensitive form:
 *   1. Unicode NFKD, combining marks removed (é → e, ł → l, ø → o, ß → ss, æ → ae, đ → d);
 *   2. lower case; curly/prime apostrophes (‘ ’ ʼ ` ´ ′) → "'"; curly double quotes → '"';
 *   3. every dash/hyphen (- ‐ ‑ – —), underscore and slash → space; dots, commas and quotes removed
 *      ("U.S." → "us", "Ban Ki-moon" → "ban ki moon"); apostrophes removed ("O'Brien" → "obrien");
 *   4. whitespace collapsed and trimmed; a leading "the " dropped ("the Kremlin" → "kremlin").
 *
 * `nameKey(s)` — the index key: `normaliseName(s)`, then per word, in order:
 *   a. "kh" → "h" (Khamenei/Hamenei), "ks" → "x" (Aleksandr/Alexandr), "dzh" → "j", "zh" stays;
 *   b. "y" → "i" (Dmitry/Dmitri, Sergey/Sergei, Yury/Iury);
 *   (words of 3 letters or fewer are left as they are, and c. applies only to words of 5+ letters, so
 *   acronyms such as "AP"/"AAP" and "EU"/"EEUU" stay apart)
 *   c. doubled letters collapsed ("ii" → "i": Zelenskyy/Zelenskiy/Zelensky → "zelenski"; "ss" → "s").
 * So "Dmitriy", "Dmitry" and "Dmitri" share the key "dmitri". The key is for matching only and is never shown.
 * Not handled (known gaps): vowel variation in Arabic names (Mohammed/Muhammad), w/v, j/y, -ov/-off, word order.
 */

/** Printable ASCII needs no Unicode folding (most source names are ASCII). */
const ASCII = /^[\x20-\x7e]*$/;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4\u2032]/g;
const DQUOTES = /[\u201c\u201d\u201e\u00ab\u00bb]/g;
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
};

/** Case-, diacritic- and punctuation-insensitive form of a name (see module doc). */
export function normaliseName(s: string): string {
  let t = s;
  if (!ASCII.test(t)) {
    t = t.replace(/[ßæÆøØłŁđĐıœŒþ]/g, (c) => SPECIAL[c] ?? c);
    t = t.normalize('NFKD').replace(/\p{M}+/gu, '');
    t = t.replace(APOSTROPHES, "'").replace(DQUOTES, '"');
  }
  t = t.toLowerCase();
  t = t.replace(/[-\u2010\u2011\u2012\u2013\u2014_/]+/g, ' ');
  t = t.replace(/[.,"'`()]/g, '');
  t = t.replace(/\s+/g, ' ').trim();
  if (t.startsWith('the ')) t = t.slice(4);
  return t;
}

/** Transliteration-insensitive key of one already-normalised word. */
function wordKey(w: string): string {
  if (w.length <= 3) return w;
  const t = w.replace(/dzh/g, 'j').replace(/kh/g, 'h').replace(/ks/g, 'x').replace(/y/g, 'i');
  return w.length >= 5 ? t.replace(/(.)\1+/g, '$1') : t;
}

/** Matching key: `normaliseName` plus transliteration folding (see module doc). */
export function nameKey(s: string): string {
  const hit = KEY_CACHE.get(s);
  if (hit !== undefined) return hit;
  const n = normaliseName(s);
  const key = n === '' ? '' : n.split(' ').map(wordKey).join(' ');
  if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
  KEY_CACHE.set(s, key);
  return key;
}

/** Memo for `nameKey` (the knowledge base keys ~150k names at load); cleared when full to bound memory. */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_MAX = 400_000;

/** URL-safe slug for ids: normalised, spaces → '-', other characters dropped. */
export function slugify(s: string): string {
  return normaliseName(s)
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .replace(/ +/g, '-');
}

const SMALL = new Set([
  'of',
  'the',
  'and',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'for',
  'on',
  'in',
  'et',
]);

/** "DMITRY_MEDVEDEV_" → "Dmitry Medvedev"; "UNITED_STATES_OF_AMERICA" → "United States of America". */
export function titleCase(raw: string): string {
  const words = raw.replace(/_+/g, ' ').trim().replace(/\s+/g, ' ').toLowerCase().split(' ');
  return words
    .map((w, i) => {
      if (i > 0 && SMALL.has(w)) return w;
      if (/^[a-z]\.$/.test(w)) return w.toUpperCase();
      return w
        .replace(/(^|[-'(.])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())
        .replace(/^Mc([a-z])/, (_m, c: string) => `Mc${c.toUpperCase()}`);
    })
    .join(' ');
}
