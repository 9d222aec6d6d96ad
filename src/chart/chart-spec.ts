// The plan's chart: what it shows (the applicant's Step 2 CK against matched and unmatched 2026 scores, and tiers per
// band), taken from the plan only, and drawn by the fixed SVG template in chart-svg.ts.
import type { Plan, Standing } from '../domain/plan.js';
import { BANDS, shapeOf, specialtyName, TIERS } from '../render/plan-screen.js';
import { chartSvg, type ChartData } from './chart-svg.js';

/** The font family the chart asks for; the renderer ships this font. */
export const CHART_FONT = 'DejaVu Sans';

/** What the chart shows (defined with the drawing, which takes it as input). */
export type { ChartData };

type Step2 = NonNullable<Standing['step2ck']>;
const SOURCE_MAX = 72;

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

/** The whole chart, ready to draw: its numbers, the bands in order, and the SVG (the score panel only when there are 2026 figures). */
export function chartSpec(plan: Plan): { spec: { panels: ('scores' | 'list')[]; svg: string; width: number; height: number }; data: ChartData } {
  const data = chartData(plan);
  const drawn = chartSvg(data, BANDS, CHART_FONT);
  return { data, spec: { panels: [...(data.groups.length ? ['scores' as const] : []), 'list'], ...drawn } };
}
