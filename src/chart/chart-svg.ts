// The plan's chart as one fixed SVG template: a score panel (Step 2 CK against matched / unmatched non-US IMGs, with
// the applicant's score) above a list panel (reach / target / safety per band); text is measured by an estimate.

/** What the chart shows: each specialty's figures and applicant score, the list's shape, the sources; for tests and alt text. */
export interface ChartData {
  scores: { specialty: string; score: number; predicted: boolean }[];
  groups: { specialty: string; group: 'matched' | 'unmatched'; q1: number; median: number; mean?: number }[];
  shape: { band: string; tier: string; count: number; order: number }[];
  sources: string[];
}

// colours of the marks, by what they mean
const CHART_COLORS = { matched: '#2b6cb0', unmatched: '#a0aec0', you: '#c53030', reach: '#dd6b20', target: '#d69e2e', safety: '#38a169', mean: '#1a202c' } as const;

const PAD = 14;
const PLOT_W = 520;
const ROW_H = 46;       // one specialty in the score panel
const BAND_STEP = 30;   // one band in the list panel
const GAP = 26;         // between the panels
const GRID = '#dddddd';
const INK = '#000000';
const SOFT = '#4a5568';
/** Average advance of DejaVu Sans, as a share of the font size (it is a wide face). */
const CHAR_W = 0.6;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const textWidth = (s: string, size: number) => s.length * size * CHAR_W;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const text = (x: number, y: number, s: string, a: { size?: number; fill?: string; anchor?: 'start' | 'middle' | 'end'; bold?: boolean } = {}) =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${a.size ?? 11}" fill="${a.fill ?? INK}"${a.anchor && a.anchor !== 'start' ? ` text-anchor="${a.anchor}"` : ''}${a.bold ? ' font-weight="bold"' : ''}>${esc(s)}</text>`;

/** The round step (1, 2 or 5 times a power of ten) at or just above `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * (1 - 1e-9)) ?? 10 * power;
}

/** Tick values from the first multiple of `step` at or above lo up to hi. */
function ticks(lo: number, hi: number, step: number): number[] {
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

/** A horizontal axis under a plot: grid lines, ticks, labels and a title; returns the SVG and its height. */
function xAxis(x0: number, top: number, height: number, scale: (v: number) => number, values: number[], title: string): string {
  const bottom = top + height;
  const parts = values.map((v) => {
    const x = scale(v);
    return `<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="${GRID}"/><line x1="${x}" y1="${bottom}" x2="${x}" y2="${bottom + 5}" stroke="#888"/>${text(x, bottom + 16, fmt(v), { anchor: 'middle' })}`;
  });
  return `${parts.join('')}<line x1="${x0}" y1="${top}" x2="${x0}" y2="${bottom}" stroke="#888"/><line x1="${x0}" y1="${bottom}" x2="${x0 + PLOT_W}" y2="${bottom}" stroke="#888"/>${text(x0 + PLOT_W / 2, bottom + 32, title, { anchor: 'middle', bold: false })}`;
}

/** Category labels left of a plot, right-aligned, with a small tick each. */
function yLabels(x0: number, rows: { label: string; y: number }[]): string {
  return rows.map((r) => `<line x1="${x0 - 5}" y1="${r.y}" x2="${x0}" y2="${r.y}" stroke="#888"/>${text(x0 - 8, r.y + 4, r.label, { anchor: 'end' })}`).join('');
}

/** A row of legend entries (a swatch and its label) starting at x. */
function legend(x: number, y: number, items: { label: string; color: string; line?: boolean }[]): string {
  let at = x;
  return items.map((i) => {
    const swatch = i.line ? `<line x1="${at}" y1="${y - 4}" x2="${at + 10}" y2="${y - 4}" stroke="${i.color}" stroke-width="2"/>` : `<rect x="${at}" y="${y - 9}" width="10" height="10" fill="${i.color}"/>`;
    const out = swatch + text(at + 16, y, i.label);
    at += 16 + textWidth(i.label, 11) + 30;
    return out;
  }).join('');
}

function scorePanel(d: ChartData, x0: number, top: number): { svg: string; height: number } {
  const specialties = [...new Set(d.groups.map((g) => g.specialty))];
  const all = [...d.groups.flatMap((g) => [g.q1, g.median, g.mean ?? g.median]), ...d.scores.map((s) => s.score)];
  const lo = Math.floor((Math.min(...all) - 6) / 5) * 5;
  const hi = Math.ceil((Math.max(...all) + 6) / 5) * 5;
  const x = (v: number) => x0 + ((v - lo) / (hi - lo)) * PLOT_W;
  const parts: string[] = [];
  let y = top + 14;
  parts.push(text(PAD + 18, y, 'Your Step 2 CK against non-US IMGs who matched and did not', { size: 14 }));
  for (const line of ['Bar: first quartile to median · diamond: mean · red line: your score', ...d.sources.map((s) => `Source: ${s}`)]) {
    y += 13;
    parts.push(text(PAD + 18, y, line, { size: 10, fill: SOFT }));
  }
  y += 17;
  parts.push(legend(x0, y, [{ label: 'matched non-US IMGs', color: CHART_COLORS.matched, line: true }, { label: 'unmatched non-US IMGs', color: CHART_COLORS.unmatched, line: true }]));
  const plotTop = y + 22;
  const height = ROW_H * specialties.length;
  parts.push(xAxis(x0, plotTop, height, x, ticks(lo, hi, 5), 'Step 2 CK score'));
  const rowY = (s: string) => plotTop + ROW_H * specialties.indexOf(s);
  for (const g of d.groups) {
    const cy = rowY(g.specialty) + ROW_H * (g.group === 'matched' ? 0.35 : 0.65);
    parts.push(`<line x1="${x(g.q1)}" y1="${cy}" x2="${x(g.median)}" y2="${cy}" stroke="${CHART_COLORS[g.group]}" stroke-width="9" stroke-linecap="round" opacity="0.8"/>`);
    if (g.mean !== undefined) parts.push(`<path d="M${x(g.mean)} ${cy - 5}l5 5l-5 5l-5 -5z" fill="${CHART_COLORS.mean}" opacity="0.7"/>`);
  }
  for (const s of d.scores) {
    const r = rowY(s.specialty);
    parts.push(`<line x1="${x(s.score)}" y1="${r + 3}" x2="${x(s.score)}" y2="${r + ROW_H - 3}" stroke="${CHART_COLORS.you}" stroke-width="3"/>`);
    parts.push(text(x(s.score) + 6, r + 12, `You: ${s.score}${s.predicted ? ' (predicted)' : ''}`, { size: 12, fill: CHART_COLORS.you, bold: true }));
  }
  parts.push(yLabels(x0, specialties.map((s) => ({ label: s, y: rowY(s) + ROW_H / 2 }))));
  return { svg: parts.join(''), height: plotTop + height + 40 - top };
}

function shapePanel(d: ChartData, x0: number, top: number, labelFor: readonly string[]): { svg: string; height: number } {
  const bands = labelFor.filter((b) => d.shape.some((r) => r.band === b));
  const shown = bands.length ? bands : [labelFor[0]!];
  const totals = shown.map((band) => d.shape.filter((r) => r.band === band).reduce((n, r) => n + r.count, 0));
  const max = Math.max(1, ...totals);
  // counts are whole programs: a step of at least one, and the axis ends on a tick at or past the longest bar
  const step = Math.max(1, niceStep(max / 7));
  const hi = Math.ceil(max / step) * step;
  const all = ticks(0, hi, step);
  const x = (v: number) => x0 + (v / hi) * PLOT_W;
  const minLabel = Math.max(1, Math.ceil(max * 0.07));
  const parts: string[] = [text(PAD, top + 14, 'Your list: reach, target and safety programs per band', { size: 14 })];
  parts.push(legend(x0, top + 36, (['reach', 'target', 'safety'] as const).map((t) => ({ label: t, color: CHART_COLORS[t] }))));
  const plotTop = top + 58;
  const height = BAND_STEP * shown.length;
  parts.push(xAxis(x0, plotTop, height, x, all, 'programs'));
  shown.forEach((band, i) => {
    const y = plotTop + BAND_STEP * i + 2;
    let at = 0;
    for (const tier of ['reach', 'target', 'safety'] as const) {
      const n = d.shape.find((r) => r.band === band && r.tier === tier)?.count ?? 0;
      if (n === 0) continue;
      parts.push(`<rect x="${x(at)}" y="${y}" width="${x(at + n) - x(at)}" height="${BAND_STEP - 4}" fill="${CHART_COLORS[tier]}"/>`);
      if (n >= minLabel) parts.push(text((x(at) + x(at + n)) / 2, y + BAND_STEP / 2 + 2, String(n), { anchor: 'middle', fill: '#ffffff', bold: true }));
      at += n;
    }
    if (totals[i]! > 0) parts.push(text(x(at) + 5, y + BAND_STEP / 2 + 2, String(totals[i]), { fill: '#2d3748' }));
  });
  parts.push(yLabels(x0, shown.map((b, i) => ({ label: b, y: plotTop + BAND_STEP * i + BAND_STEP / 2 }))));
  return { svg: parts.join(''), height: plotTop + height + 40 - top };
}

/** The whole chart as an SVG document in `font`, with its size in CSS pixels; the score panel only when there are figures. */
export function chartSvg(d: ChartData, bands: readonly string[], font: string): { svg: string; width: number; height: number } {
  const labels = [...d.groups.map((g) => g.specialty), ...bands];
  const x0 = PAD + Math.max(60, ...labels.map((l) => textWidth(l, 11))) + 12;
  const width = Math.ceil(x0 + PLOT_W + 48);
  let top = PAD;
  const parts: string[] = [];
  if (d.groups.length) {
    const p = scorePanel(d, x0, top);
    parts.push(p.svg);
    top += p.height + GAP;
  }
  const s = shapePanel(d, x0, top, bands);
  parts.push(s.svg);
  const height = Math.ceil(top + s.height + PAD);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(font)}"><rect width="100%" height="100%" fill="white"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}
