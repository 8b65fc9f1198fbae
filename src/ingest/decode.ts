/**
 * @module ingest/decode
 * Bytes → string. Order of evidence: byte-order mark; the charset declared by the transport
 * (HTTP header, record field); `<meta charset>` / `http-equiv` in the first 4 KB of HTML, or the
 * XML declaration; a UTF-8 validity check; statistical detection (jschardet, with a Cyrillic
 * scorer choosing between windows-1251, KOI8-R, IBM866, ISO-8859-5 and x-mac-cyrillic);
 * finally windows-1252. A declaration contradicted by the bytes is overridden, with a note.
 * Never throws: undecodable bytes become U+FFFD. Charset names are WHATWG encoding names.
 */
import iconv from 'iconv-lite';
import { detectAll } from 'jschardet';
import type { CaptureKind } from '../core/types.js';
import type { DecodedSource } from '../extract/types.js';
import { CHARSET_ALIASES, CYRILLIC_CHARSETS, FREQUENT_CYRILLIC, META_SCAN_BYTES } from './charset.data.js';

export interface DecodeOptions {
  readonly declaredCharset?: string;
  readonly kind: CaptureKind;
}

/** A decoded source, plus a note when a declaration was ignored or overridden or bytes were replaced. */
export interface DecodeResult extends DecodedSource {
  /** E.g. 'declared charset "windows-1252" overridden: the bytes are valid UTF-8'. */
  readonly note?: string;
}

/** How much of a document the detector and the Cyrillic scorer look at. */
const DETECT_SAMPLE_BYTES = 200_000;
const SCORE_SAMPLE_BYTES = 64 * 1024;
const UTF8_SCAN_BYTES = 1024 * 1024;

interface Declaration {
  readonly label: string;
  readonly source: 'http' | 'meta';
  readonly where: string;
}

/** Decodes `bytes` following the evidence order above. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions): DecodeResult {
  const bom = sniffBom(bytes);
  if (bom) return result(decodeWith(bom.charset, bytes.subarray(bom.length)), bom.charset, 'bom', []);
  const notes: string[] = [];
  for (const declaration of declarations(bytes, options)) {
    const charset = normalizeCharset(declaration.label);
    if (!charset) {
      notes.push(`unknown charset "${declaration.label}" (${declaration.where}) ignored`);
      continue;
    }
    const verdict = checkDeclared(bytes, charset, declaration.source);
    if (verdict === null) return decodeDeclared(bytes, charset, declaration.source, notes);
    notes.push(`declared charset "${charset}" (${declaration.where}) overridden: ${verdict}`);
  }
  return detectAndDecode(bytes, notes);
}

/** Maps a charset label to its WHATWG encoding name, or undefined when unknown or unsupported. */
export function normalizeCharset(label: string): string | undefined {
  const cleaned = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (cleaned === '') return undefined;
  const alias = CHARSET_ALIASES[cleaned] ?? cleaned.replace(/^(?:win|windows|cp|x-cp)[-_]?(125\d)$/, 'windows-$1');
  try {
    return new TextDecoder(alias).encoding;
  } catch {
    return iconv.encodingExists(alias) && alias !== cleaned ? alias : undefined;
  }
}

function result(text: string, charset: string, charsetSource: string, notes: readonly string[]): DecodeResult {
  return notes.length > 0 ? { text, charset, charsetSource, note: notes.join('; ') } : { text, charset, charsetSource };
}

function sniffBom(bytes: Uint8Array): { charset: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return undefined;
}

function declarations(bytes: Uint8Array, options: DecodeOptions): Declaration[] {
  const found: Declaration[] = [];
  if (options.declaredCharset) found.push({ label: options.declaredCharset, source: 'http', where: 'transport' });
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) found.push({ label: xml[1], source: 'meta', where: 'XML declaration' });
  if (options.kind === 'html') {
    const meta = metaCharset(head);
    if (meta) found.push({ label: meta, source: 'meta', where: '<meta> tag' });
  }
  return found;
}

function metaCharset(head: string): string | undefined {
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of withoutComments.matchAll(/<meta\b[^>]*>/gi)) {
    const match = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag[0]);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

function decodeDeclared(bytes: Uint8Array, charset: string, source: string, notes: string[]): DecodeResult {
  if (source === 'meta' && charset.startsWith('utf-16')) return decodeDeclared(bytes, 'utf-8', source, notes);
  if (charset === 'utf-8') {
    const stats = utf8Stats(bytes);
    if (stats.invalid > 0) notes.push('invalid UTF-8 byte sequences replaced with U+FFFD');
  }
  return result(decodeWith(charset, bytes), charset, source, notes);
}

/** Returns null when the declared charset is plausible, else the reason it is clearly wrong. */
function checkDeclared(bytes: Uint8Array, charset: string, source: string): string | null {
  if (charset.startsWith('utf-16')) {
    if (source === 'meta') return null;
    return nulRatio(bytes) > 0.1 ? null : 'the bytes contain no UTF-16 text';
  }
  const stats = utf8Stats(bytes);
  if (charset === 'utf-8') {
    if (stats.invalid === 0 || stats.multibyte >= 4 * stats.invalid) return null;
    return `the bytes are not valid UTF-8 (${stats.invalid} invalid sequence(s))`;
  }
  if (stats.invalid === 0 && stats.multibyte > 0 && isAsciiCompatible(charset)) {
    return `the bytes are valid UTF-8 (${stats.multibyte} multi-byte sequence(s))`;
  }
  if (CYRILLIC_CHARSETS.includes(charset)) {
    const sample = bytes.subarray(0, SCORE_SAMPLE_BYTES);
    const best = bestCyrillic(sample);
    const declaredScore = cyrillicScore(decodeWith(charset, sample));
    if (best.charset !== charset && best.score > 0.6 && declaredScore < best.score - 0.35) {
      return `the text reads as ${best.charset}`;
    }
  }
  return null;
}

function isAsciiCompatible(charset: string): boolean {
  return !/^(?:utf-16|iso-2022-jp)/.test(charset);
}

function detectAndDecode(bytes: Uint8Array, notes: string[]): DecodeResult {
  const stats = utf8Stats(bytes);
  if (stats.invalid === 0) {
    return result(decodeWith('utf-8', bytes), 'utf-8', stats.multibyte > 0 ? 'detected' : 'default', notes);
  }
  if (stats.multibyte >= 4 * stats.invalid) {
    notes.push('invalid UTF-8 byte sequences replaced with U+FFFD');
    return result(decodeWith('utf-8', bytes), 'utf-8', 'detected', notes);
  }
  const charset = detectLegacy(bytes);
  if (charset) return result(decodeWith(charset, bytes), charset, 'detected', notes);
  return result(decodeWith('windows-1252', bytes), 'windows-1252', 'default', notes);
}

/** Statistical detection for bytes that are not UTF-8; undefined when nothing convincing. */
function detectLegacy(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, DETECT_SAMPLE_BYTES);
  let detected: { charset: string; confidence: number } | undefined;
  try {
    for (const candidate of detectAll(sample)) {
      const charset = candidate.encoding ? normalizeCharset(candidate.encoding) : undefined;
      if (charset && charset !== 'utf-8' && !charset.startsWith('utf-16')) {
        detected = { charset, confidence: candidate.confidence };
        break;
      }
    }
  } catch {
    detected = undefined;
  }
  if (detected && CYRILLIC_CHARSETS.includes(detected.charset)) return bestCyrillic(sample).charset;
  if (detected && detected.confidence >= 0.2) return detected.charset;
  const cyrillic = bestCyrillic(sample);
  if (cyrillic.score >= 0.7) return cyrillic.charset;
  return detected?.charset;
}

/** Picks the Cyrillic single-byte charset whose decoding reads most like Cyrillic prose. */
export function bestCyrillic(bytes: Uint8Array): { charset: string; score: number } {
  const sample = bytes.subarray(0, SCORE_SAMPLE_BYTES);
  let best = { charset: CYRILLIC_CHARSETS[0] ?? 'windows-1251', score: -1 };
  for (const charset of CYRILLIC_CHARSETS) {
    const score = cyrillicScore(decodeWith(charset, sample));
    if (score > best.score) best = { charset, score };
  }
  return best;
}

/**
 * Scores [0, 1]: prose is mostly lower-case letters, capitals start words, the frequent letters
 * dominate, and words are not mixed with Latin letters. A wrong single-byte decoding turns lower
 * case into capitals inside words, or into symbols; Latin text decoded as Cyrillic leaves single
 * Cyrillic letters inside Latin words.
 */
function cyrillicScore(text: string): number {
  let points = 0;
  let counted = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    counted++;
    const previous = text.charCodeAt(i - 1);
    if (isLatinLetter(previous) || isLatinLetter(text.charCodeAt(i + 1))) continue;
    const char = text[i] ?? '';
    const weight = FREQUENT_CYRILLIC.slice(0, 12).includes(char.toLowerCase()) ? 2 : 1;
    if (isCyrillicLower(code)) points += weight;
    else if (isCyrillicUpper(code) && !/\p{L}/u.test(text[i - 1] ?? ' ')) points += weight;
    else if (isCyrillicUpper(code) && isCyrillicUpper(previous)) points += weight / 2;
  }
  return counted === 0 ? 0 : points / (2 * counted);
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isCyrillicLower(code: number): boolean {
  return (code >= 0x430 && code <= 0x45f) || code === 0x491;
}

function isCyrillicUpper(code: number): boolean {
  return (code >= 0x400 && code <= 0x42f) || code === 0x490;
}

function nulRatio(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 4096);
  let nul = 0;
  for (const byte of sample) if (byte === 0) nul++;
  return sample.length === 0 ? 0 : nul / sample.length;
}

/**
 * Counts valid multi-byte UTF-8 sequences and invalid bytes. Valid input is checked natively in
 * full (and the decoded text kept, so decoding it again costs nothing); invalid input is counted on
 * its first MiB only (enough to judge, fast on huge pages). For valid input `multibyte` is the number
 * of bytes beyond one per character — zero exactly when the text is ASCII.
 */
export function utf8Stats(bytes: Uint8Array): { multibyte: number; invalid: number } {
  const cached = validUtf8.get(bytes);
  if (cached !== undefined) return { multibyte: bytes.length - cached.length, invalid: 0 };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    validUtf8.set(bytes, text);
    return { multibyte: bytes.length - text.length, invalid: 0 };
  } catch {
    const stats = scanUtf8(bytes.subarray(0, UTF8_SCAN_BYTES));
    return stats.invalid > 0 ? stats : { ...stats, invalid: 1 };
  }
}

/** Byte arrays already found to be valid UTF-8, with their text (weak: dropped with the bytes). */
const validUtf8 = new WeakMap<Uint8Array, string>();

function scanUtf8(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      invalid++;
      i++;
    } else {
      if (length > 1) multibyte++;
      i += length;
    }
  }
  return { multibyte, invalid };
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the byte there starts no valid sequence. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  const length =
    lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) {
    const byte = bytes[i + k] ?? 0;
    if (byte < 0x80 || byte > 0xbf) return 0;
  }
  const second = bytes[i + 1] ?? 0;
  if (lead === 0xe0 && second < 0xa0) return 0;
  if (lead === 0xed && second > 0x9f) return 0;
  if (lead === 0xf0 && second < 0x90) return 0;
  if (lead === 0xf4 && second > 0x8f) return 0;
  return length;
}

/** Decodes with a WHATWG charset; unknown charsets fall back to UTF-8. Never throws. */
export function decodeWith(charset: string, bytes: Uint8Array): string {
  if (charset === 'utf-8') {
    const known = validUtf8.get(bytes);
    if (known !== undefined) return known;
  }
  try {
    return new TextDecoder(charset, { fatal: false, ignoreBOM: true }).decode(bytes);
  } catch {
    if (iconv.encodingExists(charset)) return iconv.decode(Buffer.from(bytes), charset);
    return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  }
}
