/**
 * @module web/pages/story
 * A story: its brief (lead sentences with clickable citations, disagreements value against value, key
 * quotes with relay chains, numbers, timeline, actor × issue positions, flags, sources) beside the source
 * pane. Before the brief stage has run it shows the verification's findings and the member articles.
 */
import { enc, getJson } from '../api.js';
import { addTo, badge, dataTable, fmtDate, h, link, outletLabel, span, withUnit } from '../dom.js';
import { SourcePane } from './source-pane.js';
import type { Brief, Finding, Findings, Flag, StoryDetail } from './story-types.js';

const section = (title: string, ...body: (Node | null)[]) =>
  h('section', { class: 'block', 'aria-label': title }, h('h2', null, title), ...body);

const status = (s: string) =>
  badge(
    s,
    s === 'contradicted' || s === 'flagged'
      ? 'bad'
      : s === 'corroborated'
        ? 'good'
        : s === 'variant' || s === 'unclear'
          ? 'warn'
          : '',
  );

function disagreements(findings: readonly Finding[], pane: SourcePane): HTMLElement | null {
  const list = findings.filter((f) => f.status === 'contradicted' || f.status === 'unclear');
  if (!list.length) return null;
  return section(
    'Disagreements',
    h(
      'ul',
      { class: 'findings' },
      list.map((f) =>
        h(
          'li',
          { 'data-testid': 'contradiction' },
          h('div', null, status(f.status), ' ', h('strong', null, f.subject), ` — ${f.property}`),
          h(
            'div',
            { class: 'versus' },
            f.values.map((v, i) => [
              i > 0 ? h('span', { class: 'vs' }, 'vs') : null,
              h(
                'span',
                { class: 'value' },
                h('strong', null, withUnit(v.value, v.unit)),
                ' ',
                h(
                  'span',
                  { class: 'muted' },
                  [...new Set(v.evidence.map((e) => outletLabel(e.outlet, e.span.articleId)))].join(', '),
                ),
                ' ',
                pane.cites(v.evidence.map((e) => e.span)),
              ),
            ]),
          ),
        ),
      ),
    ),
  );
}

function table(head: readonly string[], rows: readonly (readonly (Node | string)[])[], caption: string): HTMLElement {
  return dataTable(
    head,
    rows.map((r) =>
      h(
        'tr',
        null,
        r.map((c) => h('td', null, c)),
      ),
    ),
    caption,
  );
}

function positions(brief: Brief, pane: SourcePane): HTMLElement | null {
  if (!brief.positions.length) return null;
  const actors = [...new Set(brief.positions.map((p) => p.actor))];
  const issues = [...new Set(brief.positions.map((p) => p.issue))];
  const rows = actors.map((actor) => [
    h('strong', null, actor) as Node,
    ...issues.map((issue) => {
      const cells = brief.positions.filter((p) => p.actor === actor && p.issue === issue);
      return h(
        'span',
        null,
        cells.map((p) =>
          h(
            'span',
            { class: 'stance' },
            p.stance,
            p.tone !== undefined ? h('span', { class: 'muted' }, ` (${p.tone > 0 ? '+' : ''}${p.tone})`) : null,
            p.fromThread ? badge('thread') : null,
            ' ',
            pane.cites(p.citations),
          ),
        ),
      );
    }),
  ]);
  return section('Positions', table(['Actor', ...issues], rows, 'Actor by issue positions'));
}

function flagList(flags: readonly Flag[], pane: SourcePane): HTMLElement | null {
  if (!flags.length) return null;
  return section(
    'Integrity flags',
    h(
      'ul',
      { class: 'flags' },
      flags.map((f) =>
        h(
          'li',
          null,
          badge(f.kind, f.severity === 'warning' ? 'warn' : ''),
          ' ',
          f.reason,
          f.text ? h('q', null, f.text) : null,
          f.span ? pane.cite(f.span) : null,
        ),
      ),
    ),
  );
}

function renderBrief(brief: Brief, pane: SourcePane): Node[] {
  for (const s of brief.sources) pane.register(s.articleId, s.outlet);
  const lead = section(
    'Brief',
    h(
      'div',
      { class: 'lead', 'data-testid': 'brief' },
      brief.sentences.map((s) =>
        h(
          'p',
          { class: `sentence ${s.status}`, title: s.reasons.join('; ') },
          s.text,
          ' ',
          pane.cites(s.citations),
          s.status !== 'corroborated' ? [' ', status(s.status)] : null,
        ),
      ),
    ),
  );
  const quotes = brief.quotes.length
    ? section(
        'Key quotes',
        h(
          'ul',
          { class: 'quotes' },
          brief.quotes.map((q) =>
            h(
              'li',
              null,
              h('blockquote', null, q.text),
              h(
                'div',
                { class: 'attribution' },
                '— ',
                q.speaker.entityId ? link(`/entities/${enc(q.speaker.entityId)}`, q.speaker.name) : q.speaker.name,
                q.speaker.role ? `, ${q.speaker.role}` : '',
                q.via.length ? h('span', { class: 'relay' }, ` via ${q.via.join(' → ')}`) : null,
                q.direct ? '' : ' (reported)',
                ' ',
                status(q.status),
                ' ',
                pane.cites([...q.citations, ...q.alsoIn]),
              ),
            ),
          ),
        ),
      )
    : null;
  const numbers = brief.numbers.length
    ? section(
        'Numbers',
        table(
          ['Figure', 'Of', 'Said by', 'Status', 'Sources'],
          brief.numbers.map((n) => [
            h('strong', null, n.text),
            n.of,
            n.saidBy,
            h('span', null, status(n.status), n.note ? h('span', { class: 'muted' }, ` ${n.note}`) : null),
            pane.cites(n.citations),
          ]),
          'Numbers',
        ),
      )
    : null;
  const timeline = brief.timeline.length
    ? section(
        'Timeline',
        h(
          'ol',
          { class: 'timeline' },
          brief.timeline.map((t) =>
            h(
              'li',
              null,
              h('time', { datetime: t.date, title: t.method }, t.date),
              ' ',
              t.text,
              ' ',
              pane.cites(t.citations),
            ),
          ),
        ),
      )
    : null;
  const sources = section(
    'Sources',
    h(
      'ol',
      { class: 'sources' },
      brief.sources.map((s) =>
        h(
          'li',
          null,
          link(`/articles/${enc(s.articleId)}`, s.title ?? s.articleId),
          h('span', { class: 'muted' }, ` · ${outletLabel(s.outlet, s.articleId)} · ${fmtDate(s.publishedAt)}`),
          s.reliability ? h('div', { class: 'muted' }, s.reliability.summary) : null,
        ),
      ),
    ),
  );
  const c = brief.check;
  const check = h(
    'p',
    { class: 'muted check' },
    `Citation check: ${c.citationsFound}/${c.citations} citations found in their sources, ${c.unsupported} unsupported sentences.`,
  );
  return [
    lead,
    disagreements(brief.findings, pane),
    quotes,
    numbers,
    timeline,
    positions(brief, pane),
    flagList(brief.flags, pane),
    sources,
    check,
  ].filter((n): n is HTMLElement => n !== null);
}

function renderWithoutBrief(detail: StoryDetail, findings: Findings, pane: SourcePane): Node[] {
  for (const a of detail.story.articles) pane.register(a.id, a.outlet);
  const note = h(
    'p',
    { class: 'note' },
    'No brief has been written for this story yet; its findings and articles follow.',
  );
  const list = findings.findings.length
    ? section(
        'Findings',
        h(
          'ul',
          { class: 'findings' },
          findings.findings.map((f) =>
            h('li', null, status(f.status), ' ', f.summary, ' ', pane.cites(f.evidence.map((e) => e.span))),
          ),
        ),
      )
    : null;
  return [note, disagreements(findings.findings, pane), list, flagList(findings.flags, pane)].filter(
    (n): n is HTMLElement => n !== null,
  );
}

export async function renderStory(main: HTMLElement, id: string): Promise<void> {
  const detail = await getJson<StoryDetail>(`stories/${enc(id)}`);
  const { story, thread } = detail;
  const pane = new SourcePane();
  const content = detail.hasBrief
    ? renderBrief(await getJson<Brief>(`stories/${enc(id)}/brief`), pane)
    : renderWithoutBrief(detail, await getJson<Findings>(`stories/${enc(id)}/findings`), pane);
  const outlets = [...new Set(story.articles.map((a) => outletLabel(a.outlet, a.id)))];
  const articles = section(
    'Articles',
    h(
      'ul',
      { class: 'articles' },
      story.articles.map((a) =>
        h(
          'li',
          null,
          link(`/articles/${enc(a.id)}`, a.title ?? a.id),
          h('span', { class: 'muted' }, ` · ${outletLabel(a.outlet, a.id)} · ${fmtDate(a.publishedAt)}`),
        ),
      ),
    ),
  );
  addTo(
    main,
    h(
      'p',
      { class: 'crumbs' },
      link('/', 'Stories'),
      thread && thread.storyIds.length > 1 ? [' › thread: ', thread.title] : null,
    ),
    h('h1', null, story.title),
    h(
      'p',
      { class: 'meta' },
      `${story.articles.length} articles · ${story.origins.length} independent origins · ${outlets.join(', ')} · ${span(story.firstPublished, story.lastPublished)}`,
    ),
    h('div', { class: 'story-layout' }, h('div', { class: 'story-main' }, content, articles), pane.element),
  );
}
