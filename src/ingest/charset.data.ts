/**
 * @module ingest/charset.data
 * Charset label aliases that are not WHATWG labels but occur in the wild (and in the detector's
 * output), mapped to WHATWG encoding names. WHATWG labels themselves are normalised by TextDecoder.
 */

export const CHARSET_ALIASES: Readonly<Record<string, string>> = {
  maccyrillic: 'x-mac-cyrillic',
  'mac-cyrillic': 'x-mac-cyrillic',
  'x-mac-ukrainian': 'x-mac-cyrillic',
  macroman: 'macintosh',
  'mac-roman': 'macintosh',
  cp932: 'shift_jis',
  'windows-31j': 'shift_jis',
  cp949: 'euc-kr',
  cp936: 'gbk',
  big5hkscs: 'big5',
  euc_jis_2004: 'euc-jp',
  shift_jis_2004: 'shift_jis',
  'utf-8-sig': 'utf-8',
  utf_8: 'utf-8',
  'iso8859-8': 'iso-8859-8-i',
};

/** Single-byte Cyrillic encodings the Cyrillic scorer chooses between. */
export const CYRILLIC_CHARSETS: readonly string[] = [
  'windows-1251',
  'koi8-r',
  'ibm866',
  'iso-8859-5',
  'x-mac-cyrillic',
];

/** The most frequent Russian/Ukrainian lower-case letters, used to score Cyrillic decodings. */
export const FREQUENT_CYRILLIC = 'оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфёії';

/** How many leading bytes of an HTML document are scanned for <meta charset>. */
export const META_SCAN_BYTES = 4096;
