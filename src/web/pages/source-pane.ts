/**
 * @module web/pages/source-pane
 * The story page's right-hand pane: a clicked citation opens the cited article's clean text with the
 * cited span highlighted and scrolled into view. Citation buttons are numbered by source.
 */
import { enc, getJson } from '../api.js';
import { errorBox, fmtDate, h, link, replace } from '../dom.js';
import { highlightText } from '../highlight.js';
import type { Citation } from './story-types.js';

interface ArticleView {
  readonly article: {
    id: string;
    title: string | null;
    outlet: string | null;
    publishedAt: string | null;
    text: string;
  };
}

export class SourcePane {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly cache = new Map<string, Promise<ArticleView>>();
  /** Source number by article id (1-based), for the [n] labels. */
  private readonly numbers = new Map<string, number>();
  private readonly outlets = new Map<string, string>();

  constructor() {
    this.body = h(
      'div',
      { class: 'pane-body' },
      h('p', { class: 'muted' }, 'Click a citation [n] to see the cited passage in its source.'),
    );
    this.element = h(
      'aside',
      { class: 'source-pane', 'aria-label': 'Cited source', 'aria-live': 'polite', 'data-testid': 'source-pane' },
      h('h2', null, 'Source'),
      this.body,
    );
  }

  register(articleId: string, outlet: string | null): void {
    if (!this.numbers.has(articleId)) this.numbers.set(articleId, this.numbers.size + 1);
    if (outlet) this.outlets.set(articleId, outlet);
  }

  /** A [n] button opening the citation. */
  cite(c: Citation): HTMLButtonElement {
    this.register(c.articleId, null);
    const n = this.numbers.get(c.articleId)!;
    const outlet = this.outlets.get(c.articleId);
    return h(
      'button',
      {
        type: 'button',
        class: 'cite',
        'data-testid': 'citation',
        'aria-label': `Show source ${n}${outlet ? ` (${outlet})` : ''}`,
        title: outlet ?? null,
        onclick: () => void this.show(c),
      },
      `[${n}]`,
    );
  }

  cites(list: readonly Citation[]): HTMLElement {
    return h(
      'span',
      { class: 'cites' },
      list.map((c) => this.cite(c)),
    );
  }

  private load(id: string): Promise<ArticleView> {
    let p = this.cache.get(id);
    if (!p) {
      p = getJson<ArticleView>(`articles/${enc(id)}`);
      this.cache.set(id, p);
    }
    return p;
  }

  async show(c: Citation): Promise<void> {
    replace(this.body, h('p', { class: 'muted' }, 'Loading source…'));
    try {
      const { article } = await this.load(c.articleId);
      const text = highlightText(article.text, [
        { start: c.start, end: c.end, className: 'cited', id: 'cited-span', title: 'cited passage' },
      ]);
      replace(
        this.body,
        h('h3', null, link(`/articles/${enc(article.id)}?at=${c.start}-${c.end}`, article.title ?? '(untitled)')),
        h(
          'p',
          { class: 'muted' },
          `${article.outlet ?? 'unknown outlet'} · ${fmtDate(article.publishedAt)} · characters ${c.start}–${c.end}`,
        ),
        text,
      );
      const mark = this.body.querySelector<HTMLElement>('#cited-span');
      if (mark) {
        mark.setAttribute('tabindex', '-1');
        mark.scrollIntoView({ block: 'center' });
        mark.focus({ preventScroll: true });
      }
      if (window.matchMedia('(max-width: 900px)').matches) this.element.scrollIntoView({ block: 'start' });
    } catch (error) {
      replace(this.body, errorBox(error));
    }
  }
}
