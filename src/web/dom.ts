/**
 * @module web/dom
 * Building the page from our own markup only: `h()` creates elements and appends strings as text nodes,
 * so article content can never become markup (nothing here or elsewhere in the UI uses innerHTML).
 */

export type Child = Node | string | number | null | undefined | false | readonly Child[];
type Listener = (event: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Listener>;

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
    return;
  }
  parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
}

function setAttrs(el: Element, attrs: Attrs | null | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (name === 'href' && typeof value === 'string' && !/^(#|\/|https?:)/i.test(value)) continue;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s(tag: string, attrs?: Attrs | null, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Appends children (text as text nodes; null/false skipped). */
export function addTo(parent: Element, ...children: Child[]): void {
  append(parent, children);
}

export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A link to a route of the UI. */
export const link = (route: string, ...children: Child[]) => h('a', { href: `#${route}` }, ...children);

/** A scrollable table: a header row of column names over the given body rows (`<tr>` elements). */
export function dataTable(head: readonly string[], rows: readonly HTMLElement[], caption?: string): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      null,
      caption ? h('caption', { class: 'sr-only' }, caption) : null,
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          head.map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h('tbody', null, [...rows]),
    ),
  );
}

/** A value with its unit, a word unit in the plural when the value is not one ("14 articles", "10 km"). */
export function withUnit(value: string | number, unit: string | undefined): string {
  if (!unit) return String(value);
  const word = /^[a-z]{3,}$/.test(unit) && !unit.endsWith('s') && Number(value) !== 1;
  return `${value} ${word ? `${unit}s` : unit}`;
}

/** An outlet's name, or a stand-in naming the article when the page gave none. */
export const outletLabel = (outlet: string | null | undefined, articleId: string): string =>
  outlet ?? `unnamed outlet (${articleId.slice(0, 10)})`;

export const fmtDate = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '–');

export function span(first: string | null | undefined, last: string | null | undefined): string {
  const a = fmtDate(first);
  const b = fmtDate(last);
  return a === b ? a : `${a} → ${b}`;
}

/** A snippet with «matched» words shown as marks (as text, never markup). */
export function snippet(text: string): HTMLElement {
  const out = h('span', { class: 'snippet' });
  text.split(/(«[^»]*»)/).forEach((part) => {
    append(out, part.startsWith('«') && part.endsWith('»') ? h('mark', null, part.slice(1, -1)) : part);
  });
  return out;
}

export function badge(text: string, kind = ''): HTMLElement {
  return h('span', { class: `badge ${kind}`.trim() }, text);
}

export function errorBox(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  return h('p', { class: 'error', role: 'alert' }, message);
}
