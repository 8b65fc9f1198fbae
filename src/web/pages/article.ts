/**
 * @module web/pages/article
 * One article: metadata with where each field came from, integrity flags, the clean text with entity,
 * quote and claim highlights (layers can be switched off), what extraction removed grouped by reason
 * (collapsible), and the extraction messages. `?at=start-end` highlights and scrolls to a span.
 */
import { enc, getJson } from '../api.js';
import { addTo, badge, dataTable, fmtDate, h, link } from '../dom.js';
import { highlightText, type Mark } from '../highlight.js';

interface Prov {
  readonly source: string;
  readonly confidence: number;
  readonly note?: string;
}

interface ArticleDetail {
  readonly article: {
    id: string;
    input: string;
    url: string | null;
    title: string | null;
    outlet: string | null;
    authors: readonly { name: string; role?: string }[];
    publishedAt: string | null;
    updatedAt: string | null;
    section: string | null;
    language: string | null;
    text: string;
    removed: readonly { reason: string; rule: string; text: string; start: number; end: number }[];
    provenance: Record<string, Prov | null>;
  };
  readonly analysis: {
    entities: readonly { id: string; name: string; type: string; provisional: boolean }[];
    mentions: readonly { entityId: string; start: number; end: number; text: string; type: string }[];
    quotes: readonly {
      speaker: { text: string } | null;
      contentStart: number;
      contentEnd: number;
      via: readonly string[];
    }[];
    claims: readonly { start: number; end: number; kind: string; value: unknown; unit?: string; checkWorthy: number }[];
  } | null;
  readonly messages: readonly { severity: string; reason: string; ruleId: string }[];
  readonly storyId: string | null;
  readonly flags: readonly {
    kind: string;
    reason: string;
    text: string;
    severity: string;
    span: { start: number; end: number } | null;
  }[];
  readonly reliability: { summary: string; strengths: readonly string[]; concerns: readonly string[] } | null;
}

function metadata(a: ArticleDetail['article']): HTMLElement {
  const values: Record<string, string | null> = {
    title: a.title,
    outlet: a.outlet,
    authors: a.authors.map((x) => (x.role ? `${x.name} (${x.role})` : x.name)).join(', ') || null,
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
    section: a.section,
    language: a.language,
    url: a.url,
  };
  const rows = Object.entries(values).map(([field, value]) => {
    const p = a.provenance[field];
    return h(
      'tr',
      null,
      h('th', { scope: 'row' }, field),
      h('td', null, value ?? '–'),
      h('td', { class: 'muted' }, p ? `${p.source} · ${p.confidence.toFixed(2)}${p.note ? ` · ${p.note}` : ''}` : ''),
    );
  });
  return h(
    'details',
    { class: 'block meta-table', open: true },
    h('summary', null, 'Metadata and where it came from'),
    dataTable(['Field', 'Value', 'Source · confidence'], rows),
  );
}

function removed(list: ArticleDetail['article']['removed']): HTMLElement {
  const groups = new Map<string, (typeof list)[number][]>();
  for (const r of list) groups.set(r.reason, [...(groups.get(r.reason) ?? []), r]);
  return h(
    'section',
    { class: 'block', 'aria-label': 'Removed by extraction' },
    h('h2', null, `Removed by extraction (${list.length})`),
    list.length ? null : h('p', { class: 'muted' }, 'Nothing was removed.'),
    [...groups].map(([reason, items]) =>
      h(
        'details',
        { class: 'removed', 'data-testid': 'removed-group' },
        h('summary', null, `${reason} (${items.length})`),
        h(
          'ul',
          null,
          items.map((r) =>
            h(
              'li',
              null,
              h('span', { class: 'removed-text' }, r.text.length > 600 ? `${r.text.slice(0, 600)}…` : r.text),
              h('span', { class: 'muted' }, ` ${r.rule} · source ${r.start}–${r.end}`),
            ),
          ),
        ),
      ),
    ),
  );
}

function marksOf(detail: ArticleDetail, at: string | null): Mark[] {
  const marks: Mark[] = [];
  const an = detail.analysis;
  if (an) {
    for (const m of an.mentions)
      marks.push({ start: m.start, end: m.end, className: `ent ent-${m.type}`, title: `${m.type}: ${m.entityId}` });
    for (const q of an.quotes)
      marks.push({
        start: q.contentStart,
        end: q.contentEnd,
        className: 'quote',
        title: `quote${q.speaker ? ` by ${q.speaker.text}` : ''}${q.via.length ? ` via ${q.via.join(' → ')}` : ''}`,
      });
    for (const c of an.claims)
      marks.push({
        start: c.start,
        end: c.end,
        className: 'claim',
        title: `${c.kind} claim: ${String(c.value)}${c.unit ? ` ${c.unit}` : ''}`,
      });
  }
  for (const f of detail.flags)
    if (f.span) marks.push({ start: f.span.start, end: f.span.end, className: 'flag', title: `flag: ${f.kind}` });
  const m = at ? /^(\d+)-(\d+)$/.exec(at) : null;
  if (m)
    marks.push({
      start: Number(m[1]),
      end: Number(m[2]),
      className: 'cited',
      id: 'cited-span',
      title: 'cited passage',
    });
  return marks;
}

function layerToggles(target: HTMLElement): HTMLElement {
  const toggle = (layer: string, label: string) =>
    h(
      'label',
      { class: `toggle ${layer}` },
      h('input', {
        type: 'checkbox',
        checked: true,
        onchange: (e: Event) => target.classList.toggle(`hide-${layer}`, !(e.target as HTMLInputElement).checked),
      }),
      ` ${label}`,
    );
  return h(
    'fieldset',
    { class: 'layers' },
    h('legend', null, 'Highlight'),
    toggle('ent', 'entities'),
    toggle('quote', 'quotes'),
    toggle('claim', 'claims'),
    toggle('flag', 'flags'),
  );
}

export async function renderArticle(main: HTMLElement, id: string, query: URLSearchParams): Promise<void> {
  const detail = await getJson<ArticleDetail>(`articles/${enc(id)}`);
  const a = detail.article;
  const text = highlightText(a.text, marksOf(detail, query.get('at')));
  text.setAttribute('data-testid', 'article-text');
  const entities = detail.analysis?.entities ?? [];
  addTo(
    main,
    h(
      'p',
      { class: 'crumbs' },
      detail.storyId ? link(`/stories/${enc(detail.storyId)}`, 'Story') : link('/', 'Stories'),
    ),
    h('h1', null, a.title ?? '(untitled)'),
    h(
      'p',
      { class: 'meta' },
      `${a.outlet ?? 'unknown outlet'} · ${fmtDate(a.publishedAt)} · ${a.text.length} characters · `,
      h('code', null, a.id),
    ),
    detail.reliability ? h('p', { class: 'note' }, detail.reliability.summary) : null,
    detail.flags.length
      ? h(
          'section',
          { class: 'block', 'aria-label': 'Integrity flags' },
          h('h2', null, 'Integrity flags'),
          h(
            'ul',
            { class: 'flags' },
            detail.flags.map((f) =>
              h(
                'li',
                null,
                badge(f.kind, f.severity === 'warning' ? 'warn' : ''),
                ' ',
                f.reason,
                f.text ? [' ', h('q', null, f.text)] : null,
              ),
            ),
          ),
        )
      : null,
    metadata(a),
    h(
      'div',
      { class: 'article-layout' },
      h(
        'section',
        { class: 'block', 'aria-label': 'Clean text' },
        h('h2', null, 'Clean text'),
        layerToggles(text),
        text,
      ),
      h(
        'aside',
        { class: 'block entities-aside', 'aria-label': 'Entities' },
        h('h2', null, `Entities (${entities.length})`),
        h(
          'ul',
          null,
          entities.map((e) =>
            h(
              'li',
              null,
              link(`/entities/${enc(e.id)}`, e.name),
              ' ',
              badge(e.type),
              e.provisional ? badge('new', 'warn') : null,
            ),
          ),
        ),
      ),
    ),
    removed(a.removed),
    detail.messages.length
      ? h(
          'details',
          { class: 'block' },
          h('summary', null, `Extraction messages (${detail.messages.length})`),
          h(
            'ul',
            null,
            detail.messages.map((m) => h('li', null, badge(m.severity), ` ${m.reason} `, h('code', null, m.ruleId))),
          ),
        )
      : null,
  );
  const cited = main.querySelector<HTMLElement>('#cited-span');
  if (cited) requestAnimationFrame(() => cited.scrollIntoView({ block: 'center' }));
}
