/**
 * @module web/chart
 * Events over time as a small SVG scatter: x = publication date, y = Goldstein score (-10 conflict …
 * +10 cooperation), with the zero line. Built with DOM calls (no markup strings), sized by viewBox.
 */
import { h, s } from './dom.js';

export interface Point {
  readonly date: string;
  readonly value: number;
  readonly label: string;
}

const W = 600;
const H = 180;
const PAD = 28;

export function goldsteinChart(points: readonly Point[]): Element {
  const dated = points.filter((p) => p.date && !Number.isNaN(Date.parse(p.date)));
  if (!dated.length) return h('p', { class: 'muted' }, 'No dated events to chart.');
  const times = dated.map((p) => Date.parse(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x = (t: number) => (t1 === t0 ? W / 2 : PAD + ((t - t0) / (t1 - t0)) * (W - 2 * PAD));
  const y = (v: number) => PAD / 2 + ((10 - v) / 20) * (H - PAD);
  const svg = s(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      class: 'chart',
      role: 'img',
      'aria-label': `Goldstein scores of ${dated.length} events over time`,
    },
    s('line', { x1: PAD, x2: W - PAD, y1: y(0), y2: y(0), class: 'axis' }),
    s('text', { x: 2, y: y(10) + 4, class: 'tick' }, '+10'),
    s('text', { x: 8, y: y(0) + 4, class: 'tick' }, '0'),
    s('text', { x: 2, y: y(-10) + 4, class: 'tick' }, '−10'),
    s('text', { x: PAD, y: H - 2, class: 'tick' }, new Date(t0).toISOString().slice(0, 10)),
    s('text', { x: W - PAD - 70, y: H - 2, class: 'tick' }, new Date(t1).toISOString().slice(0, 10)),
  );
  dated.forEach((p, i) => {
    const kind = p.value > 0 ? 'coop' : p.value < 0 ? 'conflict' : 'neutral';
    svg.appendChild(
      s(
        'circle',
        { cx: x(times[i]!), cy: y(p.value), r: 5, class: `pt ${kind}` },
        s('title', null, `${p.date.slice(0, 10)} · ${p.value} · ${p.label}`),
      ),
    );
  });
  return svg;
}
