// Renders the plan's chart to PNG offline: a fixed SVG template (chart-svg.ts) -> PNG through resvg, with the font
// shipped in assets/ (no browser, no network, no system fonts).
import { fileURLToPath } from 'node:url';
import type { Plan } from '../domain/plan.js';
import { CHART_FONT, chartSpec, type ChartData } from './chart-spec.js';

/** The font shipped with the package, so labels render on a machine with no fonts installed. */
export const CHART_FONT_FILE = fileURLToPath(new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url));

/** A rendered chart: the PNG bytes, its pixel size, what it shows, and the SVG it was drawn from. */
export interface ChartImage { png: Buffer; width: number; height: number; data: ChartData; svg: string }

let resvg: Promise<typeof import('@resvg/resvg-js').Resvg> | undefined;

/** The chart of a plan as a PNG at twice the SVG's size; never touches the network. */
export async function renderChart(plan: Plan): Promise<ChartImage> {
  const Resvg = await (resvg ??= import('@resvg/resvg-js').then((m) => m.Resvg));
  const { spec, data } = chartSpec(plan);
  const image = new Resvg(spec.svg, { fitTo: { mode: 'zoom', value: 2 }, font: { fontFiles: [CHART_FONT_FILE], loadSystemFonts: false, defaultFontFamily: CHART_FONT } }).render();
  return { png: image.asPng(), width: image.width, height: image.height, data, svg: spec.svg };
}
