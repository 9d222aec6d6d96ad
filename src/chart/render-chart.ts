// Renders the plan's chart to PNG offline: Vega-Lite -> Vega -> SVG -> PNG (resvg), with the font shipped in assets/.
import { fileURLToPath } from 'node:url';
import type { Plan } from '../domain/plan.js';
import { CHART_FONT, chartSpec, type ChartData } from './chart-spec.js';

/** The font shipped with the package, so labels render on a machine with no fonts installed. */
export const CHART_FONT_FILE = fileURLToPath(new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url));

/** A rendered chart: the PNG bytes, its pixel size, and what it shows. */
export interface ChartImage { png: Buffer; width: number; height: number; data: ChartData; spec: Record<string, unknown> }

type Engines = { vega: typeof import('vega'); vegaLite: typeof import('vega-lite'); Resvg: typeof import('@resvg/resvg-js').Resvg };
let engines: Promise<Engines> | undefined;

/** Loads vega, vega-lite and resvg once, on the first chart (they take most of a second to import). */
function loadEngines(): Promise<Engines> {
  engines ??= Promise.all([import('vega'), import('vega-lite'), import('@resvg/resvg-js')])
    .then(([vega, vegaLite, resvg]) => ({ vega, vegaLite, Resvg: resvg.Resvg }));
  return engines;
}

/** The chart of a plan as a PNG at twice the spec's size; never touches the network. */
export async function renderChart(plan: Plan): Promise<ChartImage> {
  const { vega, vegaLite, Resvg } = await loadEngines();
  const { spec, data } = chartSpec(plan);
  // warnings (e.g. about merged sort orders) are the library's business, not the user's terminal
  const compiled = vegaLite.compile(spec as never, { logger: vega.logger(vega.Error) }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error });
  try {
    const svg = await view.toSVG();
    const image = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { fontFiles: [CHART_FONT_FILE], loadSystemFonts: false, defaultFontFamily: CHART_FONT } }).render();
    return { png: image.asPng(), width: image.width, height: image.height, data, spec };
  } finally {
    view.finalize();
  }
}
