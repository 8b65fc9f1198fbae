/**
 * @module web/highlight
 * An article's clean text with stand-off marks (entities, quotes, claims, a cited span): the text is cut
 * at every mark boundary and each piece appended as a text node, wrapped in one <mark> carrying the
 * classes of all marks over it. Offsets are UTF-16 indices, as the API gives them.
 */
import { h } from './dom.js';

export interface Mark {
  readonly start: number;
  readonly end: number;
  /** CSS class: "ent ent-person", "quote", "claim", "cited". */
  readonly className: string;
  readonly title?: string;
  /** Set on the first piece of the mark (for scrolling to it). */
  readonly id?: string;
}

export function highlightText(text: string, marks: readonly Mark[]): HTMLElement {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = h('div', { class: 'article-text' });
  const started = new Set<Mark>();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const piece = text.slice(from, to);
    const over = valid.filter((m) => m.start <= from && m.end >= to);
    if (!over.length) {
      out.appendChild(document.createTextNode(piece));
      continue;
    }
    const first = over.find((m) => m.id && !started.has(m));
    for (const m of over) started.add(m);
    const titles = [...new Set(over.map((m) => m.title).filter(Boolean))].join(' · ');
    out.appendChild(
      h('mark', { class: over.map((m) => m.className).join(' '), title: titles || null, id: first?.id ?? null }, piece),
    );
  }
  return out;
}
