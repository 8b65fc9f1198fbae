/**
 * @module extract/text/inline
 * The visible text of one line of a Markdown-ish text capture: images dropped, links reduced to their text
 * (and counted, so a block's link density is known as for HTML), bold markers and autolinks unwrapped.
 */

export interface InlineText {
  readonly text: string;
  /** Characters of `text` that were link text. */
  readonly linked: number;
}

// Every repetition is bounded so that a hostile line ("[[[[…" a megabyte long) stays linear.
const IMAGE = /!\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)/g;
const LINK = /\[([^\]\n]{1,300})\]\((?:https?:|\/|#|mailto:|\.)[^)\n]{0,1000}\)/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]{1,1000})>/g;
const STRONG = /(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g;

export function visibleText(line: string): InlineText {
  if (!/[[<*_!]/.test(line)) return { text: line, linked: 0 };
  let linked = 0;
  const text = line
    .replace(IMAGE, '')
    .replace(LINK, (_m, label: string) => {
      linked += label.length;
      return label;
    })
    .replace(AUTOLINK, (_m, url: string) => {
      linked += url.length;
      return url;
    })
    .replace(STRONG, '$2');
  return { text, linked };
}
