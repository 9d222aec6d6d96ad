// The plan's chart as a Vega-Lite spec: the applicant's Step 2 CK against matched and unmatched 2026 scores, and tiers per band.
import type { Plan, Standing } from '../domain/plan.js';
import { BANDS, shapeOf, specialtyName, TIERS } from '../render/plan-screen.js';

/** The font family the chart asks for; the renderer ships this font. */
export const CHART_FONT = 'DejaVu Sans';

/** What the chart shows, besides its spec: each specialty's applicant score, for tests and alt text. */
export interface ChartData {
  scores: { specialty: string; score: number; predicted: boolean }[];
  groups: { specialty: string; group: 'matched' | 'unmatched'; q1: number; median: number; mean?: number }[];
  shape: { band: string; tier: string; count: number; order: number }[];
  sources: string[];
}

type Step2 = NonNullable<Standing['step2ck']>;
const WIDTH = 520;
const SOURCE_MAX = 72;
/** A count inside a bar is written only when its segment is at least this share of the longest bar. */
const LABEL_SHARE = 0.07;
const COLORS = { matched: '#2b6cb0', unmatched: '#a0aec0', you: '#c53030', reach: '#dd6b20', target: '#d69e2e', safety: '#38a169' };

function groupRow(specialty: string, group: 'matched' | 'unmatched', g: Step2['matched']): ChartData['groups'][number] | undefined {
  const median = g.median ?? g.mean;
  const q1 = g.q1 ?? median;
  if (median === undefined || q1 === undefined) return undefined;
  return { specialty, group, q1, median, ...(g.mean !== undefined ? { mean: g.mean } : {}) };
}

/** A source's name without its address, cut at a word to fit one subtitle line. */
function shortSource(source: string): string {
  const name = source.split(/ \(|; /)[0]!.trim();
  if (name.length <= SOURCE_MAX) return name;
  const cut = name.slice(0, SOURCE_MAX);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,:;]$/, '')}…`;
}

/** The numbers the chart draws, taken from the plan only (a specialty without 2026 figures is left out). */
function chartData(plan: Plan): ChartData {
  const data: ChartData = { scores: [], groups: [], shape: [], sources: [] };
  for (const s of plan.standing ?? []) {
    const ck = s.step2ck;
    if (!ck) continue;
    const name = specialtyName(s.specialty);
    const rows = [groupRow(name, 'matched', ck.matched), groupRow(name, 'unmatched', ck.unmatched)].filter((r) => r !== undefined);
    if (!rows.length) continue;
    data.groups.push(...rows);
    if (ck.applicant !== undefined) data.scores.push({ specialty: name, score: ck.applicant, predicted: ck.predicted === true });
    const short = shortSource(ck.source);
    const cited = short.includes(String(ck.year)) ? short : `${short} (${ck.year})`;
    if (!data.sources.includes(cited)) data.sources.push(cited);
  }
  const shape = shapeOf(plan);
  for (const b of BANDS) for (const [order, t] of TIERS.entries()) if (shape[b][t] > 0) data.shape.push({ band: b, tier: t, count: shape[b][t], order });
  return data;
}

function scorePanel(d: ChartData): Record<string, unknown> {
  const all = [...d.groups.flatMap((g) => [g.q1, g.median, g.mean ?? g.median]), ...d.scores.map((s) => s.score)];
  const domain = [Math.floor((Math.min(...all) - 6) / 5) * 5, Math.ceil((Math.max(...all) + 6) / 5) * 5];
  const y = { field: 'specialty', type: 'nominal', title: null, sort: [...new Set(d.groups.map((g) => g.specialty))] };
  const x = { type: 'quantitative', scale: { domain, zero: false } };
  const color = { field: 'group', type: 'nominal', title: null, scale: { domain: ['matched', 'unmatched'], range: [COLORS.matched, COLORS.unmatched] }, legend: { orient: 'top', labelLimit: 260, labelExpr: "datum.label + ' non-US IMGs'" } };
  const you = d.scores.map((s) => ({ ...s, label: `You: ${s.score}${s.predicted ? ' (predicted)' : ''}` }));
  return {
    title: { text: 'Your Step 2 CK against non-US IMGs who matched and did not', subtitle: ['Bar: first quartile to median · diamond: mean · red line: your score', ...d.sources.map((x) => `Source: ${x}`)] },
    width: WIDTH,
    height: 46 * new Set(d.groups.map((g) => g.specialty)).size,
    layer: [
      { data: { values: d.groups }, mark: { type: 'rule', strokeWidth: 9, strokeCap: 'round', opacity: 0.8 }, encoding: { y, yOffset: { field: 'group' }, x: { ...x, field: 'q1', title: 'Step 2 CK score' }, x2: { field: 'median' }, color } },
      { data: { values: d.groups.filter((g) => g.mean !== undefined) }, mark: { type: 'point', shape: 'diamond', filled: true, size: 90, color: '#1a202c' }, encoding: { y, yOffset: { field: 'group' }, x: { ...x, field: 'mean' } } },
      { data: { values: you }, mark: { type: 'tick', color: COLORS.you, thickness: 3, size: 40, opacity: 1 }, encoding: { y, x: { ...x, field: 'score' } } },
      { data: { values: you }, mark: { type: 'text', align: 'left', dx: 6, dy: -14, color: COLORS.you, fontWeight: 'bold', fontSize: 12 }, encoding: { y, x: { ...x, field: 'score' }, text: { field: 'label' } } },
    ],
  };
}

function shapePanel(d: ChartData): Record<string, unknown> {
  const y = { field: 'band', type: 'nominal', title: null, sort: [...BANDS] };
  const totals = BANDS.map((band) => ({ band, total: d.shape.filter((r) => r.band === band).reduce((n, r) => n + r.count, 0) })).filter((t) => t.total > 0);
  const minLabel = Math.max(1, Math.ceil(Math.max(0, ...totals.map((t) => t.total)) * LABEL_SHARE));
  return {
    title: { text: 'Your list: reach, target and safety programs per band' },
    width: WIDTH,
    height: { step: 30 },
    data: { values: d.shape.length ? d.shape : [{ band: 'core LA', tier: 'target', count: 0, order: 1 }] },
    layer: [
      { mark: { type: 'bar' }, encoding: { y, x: { field: 'count', type: 'quantitative', stack: 'zero', title: 'programs' }, color: { field: 'tier', type: 'nominal', title: null, scale: { domain: [...TIERS], range: [COLORS.reach, COLORS.target, COLORS.safety] }, legend: { orient: 'top' } }, order: { field: 'order' } } },
      { mark: { type: 'text', color: 'white', fontWeight: 'bold', fontSize: 11 }, transform: [{ filter: `datum.count >= ${minLabel}` }], encoding: { y, x: { field: 'count', type: 'quantitative', stack: 'zero', bandPosition: 0.5 }, detail: { field: 'tier' }, order: { field: 'order' }, text: { field: 'count' } } },
      { data: { values: totals }, mark: { type: 'text', align: 'left', dx: 5, fontSize: 11, color: '#2d3748' }, encoding: { y, x: { field: 'total', type: 'quantitative' }, text: { field: 'total' } } },
    ],
  };
}

/** The whole chart as a Vega-Lite spec; the score panel is left out when the plan has no 2026 figures. */
export function chartSpec(plan: Plan): { spec: Record<string, unknown>; data: ChartData } {
  const data = chartData(plan);
  const panels = [...(data.groups.length ? [scorePanel(data)] : []), shapePanel(data)];
  return {
    data,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      background: 'white',
      padding: 14,
      config: { font: CHART_FONT, view: { stroke: null }, title: { anchor: 'start', fontSize: 14, subtitleFontSize: 10, subtitleColor: '#4a5568' }, axis: { labelFontSize: 11, titleFontSize: 11 } },
      resolve: { scale: { color: 'independent', x: 'independent' }, legend: { color: 'independent' } },
      vconcat: panels,
      spacing: 26,
    },
  };
}
