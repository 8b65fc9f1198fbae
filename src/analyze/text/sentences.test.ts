import { describe, expect, it } from 'vitest';
import type { Block, BlockKind } from '../../core/types.js';
import { splitSentences } from './sentences.js';

/** Text and blocks from block texts joined by a blank line, as the extract stage lays them out. */
function article(...items: Array<string | [BlockKind, string]>): { text: string; blocks: Block[] } {
  let text = '';
  const blocks: Block[] = [];
  for (const item of items) {
    const [kind, body] = typeof item === 'string' ? (['paragraph', item] as const) : item;
    if (text !== '') text += '\n\n';
    blocks.push({ kind, start: text.length, end: text.length + body.length });
    text += body;
  }
  return { text, blocks };
}

/** The sentences of the given blocks, as strings. */
function split(...items: Array<string | [BlockKind, string]>): string[] {
  const { text, blocks } = article(...items);
  return splitSentences(text, blocks).map((s) => text.slice(s.start, s.end));
}

describe('sentences: terminators', () => {
  it('sentences: splits on ". ! ?" before a capital', () => {
    expect(split('The talks resumed on Monday. Both sides sent envoys! Will they agree? Nobody knows.')).toEqual([
      'The talks resumed on Monday.',
      'Both sides sent envoys!',
      'Will they agree?',
      'Nobody knows.',
    ]);
  });

  it('sentences: splits before a digit and an opening quote', () => {
    expect(split('Turnout fell in 2022. 2023 was worse. "We expected it," an aide said.')).toEqual([
      'Turnout fell in 2022.',
      '2023 was worse.',
      '"We expected it," an aide said.',
    ]);
  });

  it('sentences: does not split before a lower-case word', () => {
    expect(split('The vote was close. and the count went on.')).toHaveLength(1);
  });

  it('sentences: does not split inside decimals and percentages', () => {
    expect(split('Inflation rose 3.5% in March, up from 2.9%. Prices of 1,200 goods were tracked.')).toEqual([
      'Inflation rose 3.5% in March, up from 2.9%.',
      'Prices of 1,200 goods were tracked.',
    ]);
  });

  it('sentences: trims and keeps the block index', () => {
    const { text, blocks } = article('  One here.   Two  there.  ', 'Three.');
    const out = splitSentences(text, blocks);
    expect(out.map((s) => [text.slice(s.start, s.end), s.blockIndex])).toEqual([
      ['One here.', 0],
      ['Two  there.', 0],
      ['Three.', 1],
    ]);
  });

  it('sentences: handles multiple spaces and newlines between sentences', () => {
    expect(split('Rain fell.\n   Roads  flooded.\t\tSchools   closed.')).toEqual([
      'Rain fell.',
      'Roads  flooded.',
      'Schools   closed.',
    ]);
  });

  it('sentences: empty blocks and an empty text give no sentences', () => {
    expect(splitSentences('', [])).toEqual([]);
    expect(split('   ')).toEqual([]);
  });
});

describe('sentences: abbreviations', () => {
  it('sentences: does not split after "U.S." before a name', () => {
    expect(split('The U.S. Treasury said on Friday that sanctions would stay.')).toHaveLength(1);
  });

  it('sentences: splits after "U.S." before a sentence opener', () => {
    expect(split('The envoy flew back to the U.S. The talks ended without a deal.')).toEqual([
      'The envoy flew back to the U.S.',
      'The talks ended without a deal.',
    ]);
  });

  it.each([
    'Dr. Helga Brandt led the inquiry.',
    'Mr. Ortiz and Mrs. Ortiz declined to comment.',
    'Gen. Valery Gerasimov visited the front.',
    'Sen. Ana Ruiz and Rep. Tom Hale voted against it.',
    'The museum in St. Petersburg reopened.',
    'Prof. Laine said the U.N. Security Council would meet.',
  ])('sentences: does not split after a title in "%s"', (s) => expect(split(s)).toEqual([s]));

  it('sentences: does not split after a month before a day', () => {
    expect(split('The ceasefire began on Aug. 15 and ended on Sept. 2.')).toHaveLength(1);
  });

  it('sentences: does not split after "No." before a number', () => {
    expect(split('Resolution No. 2231 was cited. No. That was the answer.')).toEqual([
      'Resolution No. 2231 was cited.',
      'No.',
      'That was the answer.',
    ]);
  });

  it('sentences: does not split after initials', () => {
    expect(split('The speech by John F. Kennedy was quoted by J. R. R. Tolkien scholars.')).toHaveLength(1);
  });

  it('sentences: does not split after "e.g.", "i.e." or "vs."', () => {
    expect(split('Some states, e.g. France, objected. Others, i.e. Poland, agreed. It was Spain vs. Italy.')).toEqual([
      'Some states, e.g. France, objected.',
      'Others, i.e. Poland, agreed.',
      'It was Spain vs. Italy.',
    ]);
  });

  it('sentences: "etc." ends a sentence before a capital only', () => {
    expect(split('They sent tents, food, etc. and fuel. They sent blankets etc. More will follow.')).toEqual([
      'They sent tents, food, etc. and fuel.',
      'They sent blankets etc.',
      'More will follow.',
    ]);
  });

  it('sentences: "a.m." and "p.m." do not end a sentence before lower case or a name', () => {
    expect(split('The blast came at 4 a.m. local time. Sirens sounded at 9 p.m. Kyiv time.')).toEqual([
      'The blast came at 4 a.m. local time.',
      'Sirens sounded at 9 p.m. Kyiv time.',
    ]);
  });

  it('sentences: "Inc." before a verb or a title is not an end', () => {
    expect(split('Acme Inc. said profits rose. Shares of Acme Inc. The company fell.')).toEqual([
      'Acme Inc. said profits rose.',
      'Shares of Acme Inc.',
      'The company fell.',
    ]);
  });

  it('sentences: German "z. B." and an ordinal date do not split', () => {
    expect(split('Viele Länder, z. B. Polen, stimmten am 5. Dezember zu. Die Regierung schwieg.')).toEqual([
      'Viele Länder, z. B. Polen, stimmten am 5. Dezember zu.',
      'Die Regierung schwieg.',
    ]);
  });
});

describe('sentences: quotes', () => {
  it('sentences: the closing quote belongs to the first sentence', () => {
    expect(split('He said: "We agree." Then he left.')).toEqual(['He said: "We agree."', 'Then he left.']);
    expect(split('She said: “The strategy has changed.” The ministry declined to comment.')).toEqual([
      'She said: “The strategy has changed.”',
      'The ministry declined to comment.',
    ]);
  });

  it('sentences: a comma inside quotes is not an end', () => {
    const s = '“The offer deserves a careful reading,” Ortiz said. “We will reply soon.”';
    expect(split(s)).toEqual(['“The offer deserves a careful reading,” Ortiz said.', '“We will reply soon.”']);
  });

  it('sentences: a quoted question followed by an attribution is one sentence', () => {
    expect(split('"Is the war over?" Peskov asked reporters. He did not wait.')).toEqual([
      '"Is the war over?" Peskov asked reporters.',
      'He did not wait.',
    ]);
    expect(split('"Why now?" she asked.')).toHaveLength(1);
  });

  it('sentences: a quoted question followed by a new sentence splits', () => {
    expect(split('"Is the war over?" The question hung in the air.')).toHaveLength(2);
  });

  it('sentences: a footnote marker stays with its sentence', () => {
    expect(split('The strike killed 12 people.[1][a] The ministry denied it.')).toEqual([
      'The strike killed 12 people.[1][a]',
      'The ministry denied it.',
    ]);
  });

  it('sentences: a camel-case brand starts a sentence', () => {
    expect(split('Apple shares fell. iPhone sales slowed.')).toEqual(['Apple shares fell.', 'iPhone sales slowed.']);
  });

  it('sentences: closing brackets stay with the sentence', () => {
    expect(split('Exports fell (by 4%.) Imports rose.')).toEqual(['Exports fell (by 4%.)', 'Imports rose.']);
  });

  it('sentences: German and French quotes', () => {
    expect(split('Er sagte: „Wir sind bereit.“ Dann ging er.')).toEqual([
      'Er sagte: „Wir sind bereit.“',
      'Dann ging er.',
    ]);
    expect(split('Il a dit : « Nous verrons. » Puis il est parti.')).toEqual([
      'Il a dit : « Nous verrons. »',
      'Puis il est parti.',
    ]);
  });
});

describe('sentences: ellipses', () => {
  it('sentences: an ellipsis before a capital ends a sentence', () => {
    expect(split('He paused… Then he spoke. She waited... Nothing came.')).toEqual([
      'He paused…',
      'Then he spoke.',
      'She waited...',
      'Nothing came.',
    ]);
  });

  it('sentences: an ellipsis inside a quote before lower case does not', () => {
    expect(split('“We will respond… when we are ready,” the minister said.')).toHaveLength(1);
  });

  it('sentences: a free-standing or bracketed omission mark does not split', () => {
    expect(split('The document says the alliance … Europe must pay more.')).toHaveLength(1);
    expect(split('“The alliance […] Europe must pay more,” it says.')).toHaveLength(1);
  });
});

describe('sentences: blocks', () => {
  it('sentences: a heading without final punctuation is one sentence and never joins the next block', () => {
    expect(split(['heading', 'Kremlin welcomes new U.S. strategy'], 'Moscow praised the move. Kyiv did not.')).toEqual([
      'Kremlin welcomes new U.S. strategy',
      'Moscow praised the move.',
      'Kyiv did not.',
    ]);
  });

  it('sentences: a short heading with inner terminators stays whole', () => {
    expect(split(['heading', 'Live. Russia strikes Kyiv. Follow updates'])).toHaveLength(1);
  });

  it('sentences: list items are separate sentences', () => {
    expect(split(['list-item', 'Sanctions stay in place'], ['list-item', 'Talks resume in Geneva'])).toEqual([
      'Sanctions stay in place',
      'Talks resume in Geneva',
    ]);
  });

  it('sentences: each table row is one sentence', () => {
    const text = 'Country | Share\nU.S. | 3.5%\nU.K. | 2.1%';
    const blocks: Block[] = [];
    let pos = 0;
    for (const row of text.split('\n')) {
      blocks.push({ kind: 'table-row', start: pos, end: pos + row.length });
      pos += row.length + 1;
    }
    expect(splitSentences(text, blocks).map((s) => text.slice(s.start, s.end))).toEqual([
      'Country | Share',
      'U.S. | 3.5%',
      'U.K. | 2.1%',
    ]);
  });

  it('sentences: preformatted text splits at line breaks', () => {
    expect(split(['preformatted', 'line one\nline two. Then more'])).toEqual(['line one', 'line two.', 'Then more']);
  });

  it('sentences: text outside blocks is ignored', () => {
    const text = 'Menu Home. Body text here. Footer.';
    expect(
      splitSentences(text, [{ kind: 'paragraph', start: 11, end: 26 }]).map((s) => text.slice(s.start, s.end)),
    ).toEqual(['Body text here.']);
  });
});

describe('sentences: scripts and bad input', () => {
  it('sentences: Cyrillic text', () => {
    expect(
      split('Песков заявил, что Кремль изучит документ. Это позитивный шаг, т.е. важный. Он добавил: «Мы согласны».'),
    ).toEqual([
      'Песков заявил, что Кремль изучит документ.',
      'Это позитивный шаг, т.е. важный.',
      'Он добавил: «Мы согласны».',
    ]);
  });

  it('sentences: Greek and accented Latin', () => {
    expect(split('Η κυβέρνηση αντέδρασε. Ο υπουργός σιώπησε. Él llegó. Éxito total.')).toHaveLength(4);
  });

  it('sentences: Arabic and Devanagari terminators', () => {
    expect(split('هل انتهت الحرب؟ لا أحد يعرف.')).toHaveLength(2);
    expect(split('वार्ता आज शुरू हुई। दोनों पक्ष संतुष्ट हैं।')).toHaveLength(2);
  });

  it('sentences: Spanish inverted marks open a sentence', () => {
    expect(split('Llegó tarde. ¿Qué pasó? ¡Nadie lo sabe!')).toEqual(['Llegó tarde.', '¿Qué pasó?', '¡Nadie lo sabe!']);
  });

  it('sentences: a non-breaking space after a title or an end', () => {
    expect(split('Mr.\u00a0Ortiz left.\u00a0Nobody followed.')).toEqual(['Mr.\u00a0Ortiz left.', 'Nobody followed.']);
  });

  it('sentences: a domain name before a capital ends a sentence', () => {
    expect(split('The report is on reuters.com. Reuters declined to comment.')).toHaveLength(2);
  });

  it('sentences: CJK full stops end a sentence without a space', () => {
    expect(split('会谈今天开始。双方表示满意。')).toEqual(['会谈今天开始。', '双方表示满意。']);
  });

  it('sentences: a text with no sentence end is cut into bounded pieces', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `word${i}`).join(' ');
    const out = split(words);
    expect(out.length).toBeGreaterThan(50);
    expect(Math.max(...out.map((s) => s.length))).toBeLessThanOrEqual(2000);
  });

  it('sentences: pathological runs of terminators stay fast', () => {
    const text = `${'. '.repeat(200_000)}${'U.S. '.repeat(100_000)}${'?!'.repeat(100_000)}`;
    const t0 = performance.now();
    splitSentences(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('sentences: blocks past the end of the text are clamped', () => {
    expect(splitSentences('Short.', [{ kind: 'paragraph', start: 0, end: 99 }])).toEqual([
      { start: 0, end: 6, blockIndex: 0 },
    ]);
  });
});
