import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeBytes, normalizeCharset } from './decode.js';

const RUSSIAN =
  'Пресс-секретарь президента России Дмитрий Песков заявил журналистам, что переговоры зашли в тупик. ' +
  'По его словам, стороны не смогли договориться о сроках следующей встречи.';
const SHORT_RUSSIAN = 'Москва, среда. Заявление МИД';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('decode: detection', () => {
  test.each(['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'])('decode: detects %s Cyrillic prose', (charset) => {
    const result = decodeBytes(iconv.encode(RUSSIAN, charset), { kind: 'text' });
    expect(result).toMatchObject({ text: RUSSIAN, charset, charsetSource: 'detected' });
  });

  test.each(['windows-1251', 'koi8-r'])('decode: tells %s apart on a short line', (charset) => {
    expect(decodeBytes(iconv.encode(SHORT_RUSSIAN, charset), { kind: 'text' }).text).toBe(SHORT_RUSSIAN);
  });

  test('decode: detects windows-1251 inside HTML without a declaration', () => {
    const html = `<html><head><title>Новости</title></head><body><p>${RUSSIAN}</p></body></html>`;
    const result = decodeBytes(iconv.encode(html, 'windows-1251'), { kind: 'html' });
    expect(result.charset).toBe('windows-1251');
    expect(result.text).toBe(html);
  });

  test('decode: valid UTF-8 without a declaration is UTF-8', () => {
    expect(decodeBytes(utf8(RUSSIAN), { kind: 'text' })).toMatchObject({
      text: RUSSIAN,
      charset: 'utf-8',
      charsetSource: 'detected',
    });
  });

  test('decode: pure ASCII defaults to UTF-8', () => {
    expect(decodeBytes(utf8('plain words'), { kind: 'text' })).toMatchObject({
      charset: 'utf-8',
      charsetSource: 'default',
    });
  });

  test('decode: Latin-1 bytes fall back to a windows-1252 family decoding', () => {
    const result = decodeBytes(iconv.encode('Le café est très populaire à Paris, déjà.', 'windows-1252'), {
      kind: 'text',
    });
    expect(result.text).toBe('Le café est très populaire à Paris, déjà.');
  });
});

describe('decode: declarations', () => {
  test('decode: UTF-8 BOM wins over a declared charset and is stripped', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Привет')]);
    expect(decodeBytes(bytes, { kind: 'text', declaredCharset: 'windows-1251' })).toMatchObject({
      text: 'Привет',
      charset: 'utf-8',
      charsetSource: 'bom',
    });
  });

  test('decode: UTF-16LE and UTF-16BE BOMs', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Héllo', 'utf16le')]);
    expect(decodeBytes(le, { kind: 'text' })).toMatchObject({
      text: 'Héllo',
      charset: 'utf-16le',
      charsetSource: 'bom',
    });
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode('Héllo', 'utf-16be')]);
    expect(decodeBytes(be, { kind: 'text' })).toMatchObject({ text: 'Héllo', charset: 'utf-16be' });
  });

  test('decode: transport charset is used and normalised', () => {
    const result = decodeBytes(iconv.encode(RUSSIAN, 'koi8-r'), { kind: 'text', declaredCharset: 'KOI8-R' });
    expect(result).toMatchObject({ text: RUSSIAN, charset: 'koi8-r', charsetSource: 'http' });
  });

  test('decode: <meta charset> in the first 4 KB', () => {
    const html = `<!doctype html><html><head><meta charset="windows-1251"><title>Т</title></head><body>${RUSSIAN}</body></html>`;
    expect(decodeBytes(iconv.encode(html, 'windows-1251'), { kind: 'html' })).toMatchObject({
      text: html,
      charset: 'windows-1251',
      charsetSource: 'meta',
    });
  });

  test('decode: <meta http-equiv content-type>', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body>${RUSSIAN}</body></html>`;
    expect(decodeBytes(iconv.encode(html, 'koi8-r'), { kind: 'html' })).toMatchObject({
      text: html,
      charset: 'koi8-r',
    });
  });

  test('decode: XML declaration encoding', () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>${SHORT_RUSSIAN}</title></channel></rss>`;
    expect(decodeBytes(iconv.encode(xml, 'windows-1251'), { kind: 'text' })).toMatchObject({
      text: xml,
      charset: 'windows-1251',
    });
  });

  test('decode: labels are normalised to WHATWG names', () => {
    expect(normalizeCharset('latin1')).toBe('windows-1252');
    expect(normalizeCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normalizeCharset('cp1251')).toBe('windows-1251');
    expect(normalizeCharset('win-1251')).toBe('windows-1251');
    expect(normalizeCharset('"UTF8"')).toBe('utf-8');
    expect(normalizeCharset('MacCyrillic')).toBe('x-mac-cyrillic');
    expect(normalizeCharset('no-such-charset')).toBeUndefined();
  });

  test('decode: an unknown declared label is ignored with a note', () => {
    const result = decodeBytes(utf8(RUSSIAN), { kind: 'text', declaredCharset: 'x-bogus' });
    expect(result).toMatchObject({ text: RUSSIAN, charset: 'utf-8' });
    expect(result.note).toContain('unknown charset "x-bogus"');
  });
});

describe('decode: wrong declarations and bad bytes', () => {
  test('decode: declared windows-1252 but the bytes are UTF-8 Cyrillic → UTF-8, with a note', () => {
    const result = decodeBytes(utf8(RUSSIAN), { kind: 'text', declaredCharset: 'windows-1252' });
    expect(result).toMatchObject({ text: RUSSIAN, charset: 'utf-8', charsetSource: 'detected' });
    expect(result.note).toMatch(/declared charset "windows-1252" \(transport\) overridden: the bytes are valid UTF-8/);
  });

  test('decode: <meta charset=iso-8859-1> on a UTF-8 page is overridden', () => {
    const html = `<html><head><meta charset="iso-8859-1"></head><body><p>Zürich — café ${RUSSIAN}</p></body></html>`;
    const result = decodeBytes(utf8(html), { kind: 'html' });
    expect(result.text).toBe(html);
    expect(result.note).toContain('overridden');
  });

  test('decode: declared utf-8 but the bytes are windows-1251 → detected, with a note', () => {
    const result = decodeBytes(iconv.encode(RUSSIAN, 'windows-1251'), { kind: 'text', declaredCharset: 'utf-8' });
    expect(result).toMatchObject({ text: RUSSIAN, charset: 'windows-1251', charsetSource: 'detected' });
    expect(result.note).toMatch(/not valid UTF-8/);
  });

  test('decode: declared windows-1251 but the bytes are KOI8-R → KOI8-R', () => {
    const result = decodeBytes(iconv.encode(RUSSIAN, 'koi8-r'), { kind: 'text', declaredCharset: 'windows-1251' });
    expect(result).toMatchObject({ text: RUSSIAN, charset: 'koi8-r' });
    expect(result.note).toContain('reads as koi8-r');
  });

  test('decode: a wrong transport charset gives way to a right <meta charset>', () => {
    const html = `<html><head><meta charset="koi8-r"></head><body><p>${RUSSIAN}</p></body></html>`;
    const result = decodeBytes(iconv.encode(html, 'koi8-r'), { kind: 'html', declaredCharset: 'utf-8' });
    expect(result).toMatchObject({ text: html, charset: 'koi8-r', charsetSource: 'meta' });
    expect(result.note).toContain('declared charset "utf-8" (transport) overridden');
  });

  test('decode: a large declared single-byte page decodes quickly', () => {
    const bytes = iconv.encode(`<p>${RUSSIAN}</p>\n`.repeat(60_000), 'windows-1251');
    const start = Date.now();
    const result = decodeBytes(bytes, { kind: 'html', declaredCharset: 'windows-1251' });
    expect(result.charset).toBe('windows-1251');
    expect(Date.now() - start).toBeLessThan(2000);
  });

  test('decode: a few invalid UTF-8 bytes in UTF-8 text become U+FFFD, never a throw', () => {
    const bytes = new Uint8Array([...utf8(RUSSIAN), 0xff, ...utf8(' конец')]);
    const result = decodeBytes(bytes, { kind: 'text', declaredCharset: 'utf-8' });
    expect(result.charset).toBe('utf-8');
    expect(result.text).toBe(`${RUSSIAN}\uFFFD конец`);
    expect(result.note).toContain('invalid UTF-8 byte sequences replaced');
  });

  test('decode: truncated multi-byte sequence at the end', () => {
    const bytes = utf8('Привет').subarray(0, 11);
    expect(() => decodeBytes(bytes, { kind: 'text' })).not.toThrow();
  });

  test('decode: empty input', () => {
    expect(decodeBytes(new Uint8Array(0), { kind: 'html' })).toMatchObject({ text: '', charset: 'utf-8' });
  });

  test('decode: never throws on arbitrary bytes and declarations', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.option(fc.constantFrom('utf-8', 'windows-1251', 'koi8-r', 'utf-16le', 'shift_jis', 'bogus', ''), {
          nil: undefined,
        }),
        fc.constantFrom('html' as const, 'text' as const),
        (bytes, declaredCharset, kind) => {
          const result = decodeBytes(bytes, { kind, declaredCharset });
          expect(typeof result.text).toBe('string');
          expect(result.charset).toMatch(/^[a-z0-9_-]+$/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
