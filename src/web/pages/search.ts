/**
 * @module web/pages/search
 * Full-text search over articles with outlet and date filters; each hit shows its snippet and the quotes
 * in it that contain the words. The query lives in the URL (#/search?q=…) so searches can be shared.
 */
import { enc, getJson } from '../api.js';
import { addTo, errorBox, fmtDate, h, link, outletLabel, snippet } from '../dom.js';

interface Hit {
  readonly articleId: string;
  readonly title: string | null;
  readonly snippet: string;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  readonly quotes: readonly {
    content: string;
    speaker: string | null;
    via: readonly string[];
    start: number;
    end: number;
  }[];
}

interface Result {
  readonly items: Hit[];
  readonly nextCursor: string | null;
}

function hitItem(hit: Hit): HTMLElement {
  return h(
    'li',
    { 'data-testid': 'search-hit' },
    h(
      'div',
      null,
      link(`/articles/${enc(hit.articleId)}`, hit.title ?? hit.articleId),
      h('span', { class: 'muted' }, ` · ${outletLabel(hit.outlet, hit.articleId)} · ${fmtDate(hit.publishedAt)}`),
    ),
    h('p', null, snippet(hit.snippet)),
    hit.quotes.length
      ? h(
          'ul',
          { class: 'hit-quotes' },
          hit.quotes.map((q) =>
            h(
              'li',
              null,
              h('q', null, q.content),
              q.speaker ? ` — ${q.speaker}` : '',
              q.via.length ? ` via ${q.via.join(' → ')}` : '',
              ' ',
              link(`/articles/${enc(hit.articleId)}?at=${q.start}-${q.end}`, 'show'),
            ),
          ),
        )
      : null,
  );
}

export async function renderSearch(main: HTMLElement, query: URLSearchParams): Promise<void> {
  const value = (k: string) => query.get(k) ?? '';
  const input = (name: string, label: string, type = 'text') =>
    h('label', null, `${label} `, h('input', { type, name, value: value(name) }));
  const qBox = h('input', {
    type: 'search',
    name: 'q',
    value: value('q'),
    'aria-label': 'Search words',
    placeholder: 'Words or "a phrase"',
    required: true,
  });
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'data-testid': 'search-form' },
    qBox,
    input('outlet', 'Outlet'),
    input('from', 'From', 'date'),
    input('to', 'To', 'date'),
    h('button', { type: 'submit' }, 'Search'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) next.set(k, v.trim());
    location.hash = `#/search?${next}`;
  });
  addTo(main, h('h1', null, 'Search'), form);
  const q = value('q');
  if (!q) {
    addTo(
      main,
      h(
        'p',
        { class: 'muted' },
        'Search titles and text of every stored article, and the quotes in them. Press / anywhere to come here.',
      ),
    );
    return;
  }
  const params = {
    q,
    outlet: value('outlet') || null,
    from: value('from') || null,
    to: value('to') || null,
    limit: 20,
  };
  const list = h('ol', { class: 'hits', 'data-testid': 'search-results' });
  const more = h('button', { type: 'button', class: 'more' }, 'More results');
  let cursor: string | null = null;
  const add = (r: Result) => {
    for (const hit of r.items) list.appendChild(hitItem(hit));
    cursor = r.nextCursor;
    more.hidden = cursor === null;
  };
  more.addEventListener('click', async () => {
    try {
      add(await getJson<Result>('search', { ...params, cursor }));
    } catch (error) {
      more.after(errorBox(error));
    }
  });
  const first = await getJson<Result>('search', params);
  add(first);
  addTo(
    main,
    first.items.length ? list : h('p', { class: 'empty', role: 'status' }, `No articles match “${q}”.`),
    more,
  );
}
