/**
 * @module web/main
 * The single-page UI: hash routes (#/, #/stories/{id}, #/articles/{id}, #/entities, #/entities/{id},
 * #/search, #/ingest) rendered into <main>. Each page builds DOM from API JSON; focus moves to the page
 * heading on navigation; "/" jumps to search.
 */
import { errorBox, h, replace } from './dom.js';
import { renderArticle } from './pages/article.js';
import { renderEntities, renderEntity } from './pages/entity.js';
import { renderIngest } from './pages/ingest.js';
import { renderSearch } from './pages/search.js';
import { renderStories } from './pages/stories.js';
import { renderStory } from './pages/story.js';

type Render = (main: HTMLElement, params: Record<string, string>, query: URLSearchParams) => Promise<void>;

const ROUTES: [RegExp, string, Render][] = [
  [/^\/?$/, 'stories', (m, _p, q) => renderStories(m, q)],
  [/^\/stories\/([^/]+)$/, 'stories', (m, p) => renderStory(m, p.id!)],
  [/^\/articles\/([^/]+)$/, 'stories', (m, p, q) => renderArticle(m, p.id!, q)],
  [/^\/entities$/, 'entities', (m, _p, q) => renderEntities(m, q)],
  [/^\/entities\/([^/]+)$/, 'entities', (m, p) => renderEntity(m, p.id!)],
  [/^\/search$/, 'search', (m, _p, q) => renderSearch(m, q)],
  [/^\/ingest$/, 'ingest', (m) => renderIngest(m)],
];

let generation = 0;

async function route(): Promise<void> {
  const main = document.getElementById('main')!;
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path = '/', qs = ''] = hash.split('?');
  const query = new URLSearchParams(qs);
  const mine = ++generation;
  for (const [pattern, nav, render] of ROUTES) {
    const m = pattern.exec(path);
    if (!m) continue;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-nav]'))
      a.toggleAttribute('aria-current', a.dataset.nav === nav);
    replace(main, h('p', { class: 'muted', role: 'status' }, 'Loading…'));
    const params: Record<string, string> = m[1] ? { id: decodeURIComponent(m[1]) } : {};
    try {
      const page = h('div', { class: 'page' });
      await render(page, params, query);
      if (mine !== generation) return;
      replace(main, page);
      const heading = main.querySelector('h1');
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
        document.title = `${heading.textContent ?? ''} · Triangulate`;
      }
      if (!query.has('at')) window.scrollTo(0, 0);
    } catch (error) {
      if (mine === generation) replace(main, h('h1', null, 'Something went wrong'), errorBox(error));
    }
    return;
  }
  replace(
    main,
    h('h1', null, 'Not found'),
    h('p', null, 'There is no such page. ', h('a', { href: '#/' }, 'Back to stories')),
  );
}

window.addEventListener('hashchange', () => void route());
document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement | null;
  const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  if (e.key === '/' && !typing) {
    e.preventDefault();
    const box = document.querySelector<HTMLInputElement>('input[type=search]');
    if (box) box.focus();
    else location.hash = '#/search';
  }
});
void route();
