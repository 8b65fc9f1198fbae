/**
 * @module web/pages/entity
 * The entities list (by number of articles, filter by type and name prefix, paged) and one entity:
 * aliases, roles, Goldstein scores of its events over time as a chart, the events, quotes by and about it,
 * and the articles mentioning it.
 */
import { enc, getJson, type Page } from '../api.js';
import { goldsteinChart } from '../chart.js';
import { addTo, badge, dataTable, errorBox, fmtDate, h, link, outletLabel } from '../dom.js';

interface EntitySummary {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly articles: number;
}

interface Row {
  readonly articleId: string;
  readonly publishedAt: string | null;
  readonly outlet: string | null;
  readonly text: string | null;
  readonly content?: string | null;
  readonly speaker?: string | null;
  readonly via?: readonly string[];
  readonly start: number;
  readonly end: number;
}

interface EventRow extends Row {
  readonly role: string;
  readonly code: string | null;
  readonly label: string | null;
  readonly goldstein: number | null;
}

interface EntityDetail {
  readonly entity: EntitySummary;
  readonly aliases: readonly string[];
  readonly roles: readonly { title: string; start?: string; end?: string }[];
  readonly provisional: boolean;
  readonly articles: Page<{ id: string; title: string | null; outlet: string | null; publishedAt: string | null }>;
  readonly quotesBy: readonly Row[];
  readonly quotesAbout: readonly Row[];
  readonly events: readonly EventRow[];
}

const at = (r: Row) =>
  link(`/articles/${enc(r.articleId)}?at=${r.start}-${r.end}`, `${r.outlet ?? 'source'}, ${fmtDate(r.publishedAt)}`);

function quoteList(title: string, rows: readonly Row[]): HTMLElement {
  return h(
    'section',
    { class: 'block', 'aria-label': title },
    h('h2', null, `${title} (${rows.length})`),
    rows.length
      ? h(
          'ul',
          { class: 'quotes' },
          rows.map((q) =>
            h(
              'li',
              null,
              h('blockquote', null, q.content ?? q.text ?? ''),
              h(
                'div',
                { class: 'attribution' },
                q.speaker ? `— ${q.speaker}` : '',
                q.via?.length ? h('span', { class: 'relay' }, ` via ${q.via.join(' → ')}`) : null,
                ' · ',
                at(q),
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'None.'),
  );
}

export async function renderEntity(main: HTMLElement, id: string): Promise<void> {
  const d = await getJson<EntityDetail>(`entities/${enc(id)}`);
  const points = d.events
    .filter((e) => e.goldstein !== null && e.publishedAt)
    .map((e) => ({ date: e.publishedAt!, value: e.goldstein!, label: `${e.code ?? ''} ${e.label ?? ''}`.trim() }));
  addTo(
    main,
    h('p', { class: 'crumbs' }, link('/entities', 'Entities')),
    h('h1', null, d.entity.name),
    h(
      'p',
      { class: 'meta' },
      badge(d.entity.type),
      d.provisional ? [' ', badge('not in the knowledge base', 'warn')] : null,
      ` · ${d.entity.articles} articles · `,
      h('code', null, d.entity.id),
    ),
    d.aliases.length ? h('p', null, h('strong', null, 'Also known as: '), d.aliases.join(', ')) : null,
    d.roles.length
      ? h(
          'section',
          { class: 'block', 'aria-label': 'Roles' },
          h('h2', null, 'Roles'),
          h(
            'ul',
            null,
            d.roles.map((r) =>
              h(
                'li',
                null,
                r.title,
                r.start || r.end ? h('span', { class: 'muted' }, ` (${r.start ?? '…'} – ${r.end ?? 'now'})`) : null,
              ),
            ),
          ),
        )
      : null,
    h(
      'section',
      { class: 'block', 'aria-label': 'Events' },
      h('h2', null, `Events (${d.events.length})`),
      h(
        'figure',
        null,
        goldsteinChart(points),
        h(
          'figcaption',
          { class: 'muted' },
          'Goldstein score of each event (−10 conflict … +10 cooperation) by publication date',
        ),
      ),
      d.events.length
        ? dataTable(
            ['Date', 'Role', 'Event', 'Goldstein', 'Sentence'],
            d.events.map((e) =>
              h(
                'tr',
                null,
                h('td', { class: 'nowrap' }, fmtDate(e.publishedAt)),
                h('td', null, e.role),
                h('td', null, `${e.code ?? ''} ${e.label ?? ''}`),
                h('td', { class: 'num' }, e.goldstein ?? '–'),
                h('td', null, e.text ?? '', ' ', at(e)),
              ),
            ),
          )
        : null,
    ),
    quoteList('Quotes by', d.quotesBy),
    quoteList('Quotes about', d.quotesAbout),
    h(
      'section',
      { class: 'block', 'aria-label': 'Articles' },
      h('h2', null, 'Articles'),
      h(
        'ul',
        { class: 'articles' },
        d.articles.items.map((a) =>
          h(
            'li',
            null,
            link(`/articles/${enc(a.id)}`, a.title ?? a.id),
            h('span', { class: 'muted' }, ` · ${outletLabel(a.outlet, a.id)} · ${fmtDate(a.publishedAt)}`),
          ),
        ),
      ),
    ),
  );
}

const TYPES = ['', 'person', 'organisation', 'country', 'place', 'other'];

export async function renderEntities(main: HTMLElement, query: URLSearchParams): Promise<void> {
  const type = query.get('type') ?? '';
  const q = query.get('q') ?? '';
  const params = { limit: 100, type: type || null, q: q || null };
  const first = await getJson<Page<EntitySummary>>('entities', params);
  const list = h('ul', { class: 'entity-list' });
  const more = h('button', { type: 'button', class: 'more' }, 'More entities');
  let cursor = first.nextCursor;
  const add = (page: Page<EntitySummary>) => {
    for (const e of page.items)
      list.appendChild(
        h(
          'li',
          null,
          link(`/entities/${enc(e.id)}`, e.name),
          ' ',
          badge(e.type),
          h('span', { class: 'muted' }, ` ${e.articles} articles`),
        ),
      );
    cursor = page.nextCursor;
    more.hidden = cursor === null;
  };
  more.addEventListener('click', async () => {
    try {
      add(await getJson<Page<EntitySummary>>('entities', { ...params, cursor }));
    } catch (error) {
      more.after(errorBox(error));
    }
  });
  const nameBox = h('input', {
    type: 'text',
    name: 'q',
    value: q,
    'aria-label': 'Name starts with',
    placeholder: 'Name starts with…',
  });
  const typeBox = h(
    'select',
    { name: 'type', 'aria-label': 'Type' },
    TYPES.map((t) => h('option', { value: t, selected: t === type }, t || 'any type')),
  );
  const form = h(
    'form',
    { class: 'filters', role: 'search' },
    nameBox,
    typeBox,
    h('button', { type: 'submit' }, 'Filter'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (nameBox.value.trim()) next.set('q', nameBox.value.trim());
    if (typeBox.value) next.set('type', typeBox.value);
    location.hash = `#/entities${next.size ? `?${next}` : ''}`;
  });
  add(first);
  addTo(
    main,
    h('h1', null, 'Entities'),
    form,
    first.items.length ? list : h('p', { class: 'empty' }, 'No entities match.'),
    more,
  );
}
