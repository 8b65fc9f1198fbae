/**
 * @module brief/what
 * What a finding is about, in words a sentence can use: "number of pages of the strategy document", "number of
 * international monitors" (not "number of monitors of the international monitors"), "length" (not "length of
 * the length"); and how units are written ("10 km", "29 pages", "35%"). Pure.
 */
import type { Finding } from '../verify/types.js';
import { OF_HEAD, PROPERTY_WORDS, SIZE_IN, UNIT_PLURALS, UNIT_SYMBOLS, UNIT_TIGHT } from './templates.data.js';
import { normalise } from './text.js';

/** Plural of a word or unit: "page" → "pages", "km" → "km", "person" → "people", "%" → "%". */
export function pluralUnit(unit: string): string {
  if (UNIT_PLURALS[unit]) return UNIT_PLURALS[unit]!;
  if (isSymbol(unit) || /s$/u.test(unit)) return unit;
  if (/[^aeiou]y$/u.test(unit)) return `${unit.slice(0, -1)}ies`;
  return /(?:x|ch|sh|z)$/u.test(unit) ? `${unit}es` : `${unit}s`;
}

/** A symbol or abbreviation: listed, or not a plain lower-case word, or without a vowel. */
function isSymbol(unit: string): boolean {
  const u = unit.trim();
  return UNIT_SYMBOLS.has(u.toLowerCase()) || !/^\p{Ll}+$/u.test(u) || !/[aeiouy]/u.test(u);
}

export const TEMPLATE_UNITS = {
  tight: (unit: string) => UNIT_TIGHT.has(unit),
  plural: pluralUnit,
} as const;

/** The property in words: "size in article" → "number of articles", "amount (USD)" → "amount". */
export function propertyWords(property: string): string {
  const p = normalise(property.replace(/\s*\([^)]*\)\s*$/u, '')).toLowerCase();
  const size = p.match(SIZE_IN);
  if (size) return `number of ${pluralUnit(size[1]!)}`;
  const dotted = p.match(/^(count|percent)\.(.+)$/u);
  if (dotted) return `${PROPERTY_WORDS[dotted[1]!]} of ${dotted[2]!.replace(/[._-]/gu, ' ')}`;
  return PROPERTY_WORDS[p] ?? PROPERTY_WORDS[p.split('.')[0] ?? ''] ?? p.replace(/[._]/gu, ' ');
}

/** The subject with an article when it needs one: "the strategy document", "Dmitry Peskov". */
export function subjectWords(subject: string): string {
  const s = normalise(subject);
  return /^(?:the|a|an|its|their|his|her|this|that)\b/iu.test(s) || /^\p{Lu}/u.test(s) ? s : `the ${s}`;
}

const bare = (s: string) => s.replace(/^(?:the|a|an)\s+/iu, '');
const stem = (w: string) => w.toLowerCase().replace(/(?:ies|es|s)$/u, '');
const wordsOf = (s: string) =>
  new Set(
    s
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map(stem),
  );
const contains = (big: string, small: string) => {
  const b = wordsOf(big);
  const w = [...wordsOf(small)];
  return w.length > 0 && w.every((x) => b.has(x));
};

/**
 * "number of pages of the strategy document", "date of the statement"; the property or the subject is dropped
 * when one contains the other ("number of monitors" + "international monitors" → "number of international
 * monitors"; "length" + "length" → "length").
 */
export function what(f: Pick<Finding, 'property' | 'subject'>): string {
  const property = propertyWords(f.property);
  const subject = bare(normalise(f.subject ?? ''));
  if (!subject) return property;
  const head = property.match(OF_HEAD);
  if (head && contains(subject, head[2]!)) return `${head[1]} of ${subject}`;
  if (contains(property, subject)) return property;
  if (contains(subject, property)) return subject;
  return collapse(`${property} of ${subjectWords(subject)}`);
}

/** "the X of the X" → "the X": a repeated phrase around "of" is said once. */
function collapse(s: string): string {
  return s.replace(/\b([\p{L}\p{N}]+(?: [\p{L}\p{N}]+){0,2}) of (?:the )?\1\b/giu, '$1');
}
