/**
 * @module web/pages/stories
 * The stories list: title, outlets, article and origin counts, time span, findings / contradictions /
 * flags; 50 a page, "More stories" follows the cursor (fast however many stories are stored).
 */
import { getJson, type Page } from '../api.js';
import { addTo, badge, errorBox, h, link, span } from '../dom.js';

export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly articles: number;
  readonly origins: number;
  readonly outlets: readonly string[];
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly findings: number;
  readonly contradicted: number;
  readonly flags: number;
}

function outlets(names: readonly string[]): HTMLElement {
  const shown = names.slice(0, 4);
  return h(
    'span',
    { class: 'outlets' },
    shown.map((n) => h('span', { class: 'chip' }, n)),
    names.length > shown.length ? h('span', { class: 'chip more' }, `+${names.length - shown.length}`) : null,
  );
}

function row(story: StorySummary): HTMLElement {
  return h(
    'tr',
    { 'data-testid': 'story-row' },
    h(
      'td',
      { class: 'title-cell' },
      link(`/stories/${encodeURIComponent(story.id)}`, story.title || '(untitled)'),
      h('div', null, outlets(story.outlets)),
    ),
    h('td', { class: 'num' }, story.articles),
    h('td', { class: 'num' }, story.origins),
    h('td', { class: 'nowrap' }, span(story.firstPublished, story.lastPublished)),
    h(
      'td',
      { class: 'nowrap' },
      story.contradicted ? badge(`${story.contradicted} contradicted`, 'bad') : null,
      ' ',
      story.flags ? badge(`${story.flags} flags`, 'warn') : null,
      ' ',
      story.findings ? badge(`${story.findings} findings`) : null,
    ),
  );
}

export async function renderStories(main: HTMLElement, _query: URLSearchParams): Promise<void> {
  const first = await getJson<Page<StorySummary>>('stories', { limit: 50 });
  const body = h('tbody');
  const table = h(
    'table',
    { class: 'stories' },
    h('caption', { class: 'sr-only' }, 'Stories, most recent first'),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, 'Story'),
        h('th', { scope: 'col', class: 'num' }, 'Articles'),
        h('th', { scope: 'col', class: 'num' }, 'Origins'),
        h('th', { scope: 'col' }, 'Published'),
        h('th', { scope: 'col' }, 'Verification'),
      ),
    ),
    body,
  );
  const more = h('button', { type: 'button', class: 'more' }, 'More stories');
  let cursor = first.nextCursor;
  const add = (page: Page<StorySummary>) => {
    for (const story of page.items) body.appendChild(row(story));
    cursor = page.nextCursor;
    more.hidden = cursor === null;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      add(await getJson<Page<StorySummary>>('stories', { limit: 50, cursor }));
    } catch (error) {
      more.after(errorBox(error));
    }
    more.disabled = false;
  });
  addTo(main, h('h1', null, 'Stories'));
  if (!first.items.length) {
    addTo(
      main,
      h(
        'p',
        { class: 'empty' },
        'No stories yet. ',
        link('/ingest', 'Ingest some articles'),
        ' — stories are formed from them; meanwhile the ',
        link('/search', 'search'),
        ' covers every stored article.',
      ),
    );
    return;
  }
  add(first);
  addTo(main, h('div', { class: 'table-wrap' }, table), more);
}
