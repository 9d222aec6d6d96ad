// Turns the chart marker of a rendered plan message into the PNG file it shows (drawn offline, once per message).
import { renderChart } from '../../src/chart/render-chart.js';
import type { Logger } from '../../src/runtime/logger.js';
import type { OutMessage } from './out-message.js';
import { PLAN_CHART_NAME } from './render-plan.js';

const NO_CHART = 'I could not draw the chart just now; the rest of your plan is unchanged. Try "chart" again in a moment.';

/** The messages with every chart drawn and attached; a chart that fails becomes a short note, never an error. */
export async function withCharts(messages: OutMessage[], log: Logger): Promise<OutMessage[]> {
  const out: OutMessage[] = [];
  for (const { chart, ...m } of messages) {
    if (!chart) { out.push(m); continue; }
    try {
      const image = await renderChart(chart);
      out.push({ ...m, files: [...(m.files ?? []), { name: PLAN_CHART_NAME, data: image.png, description: 'Your Step 2 CK against matched and unmatched non-US IMGs, and your list per band' }] });
    } catch (error) {
      log.warn('discord.chart_failed', { code: (error as Error).name });
      out.push({ ...m, embeds: (m.embeds ?? []).map(({ image: _image, ...e }) => e), content: NO_CHART });
    }
  }
  return out;
}
