// The terminal's plan files: "csv" writes the program list as CSV and "chart" the picture as PNG, into one folder.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Reply } from '../../src/domain/io.js';
import { renderChart } from '../../src/chart/render-chart.js';
import { renderPlanCsv } from '../../src/knowledge/plan/render-plan-text.js';
import { PLAN_FILES } from '../../src/render/plan-views.js';

/**
 * Writes the file a plan reply asks for (CSV for "csv", PNG for "chart") into `dir`, and says where in a
 * sentence; any other reply needs no file (undefined). A failed write is reported, never thrown.
 */
export async function writePlanFile(reply: Reply, dir: string): Promise<string | undefined> {
  if (reply.type !== 'plan' || (reply.view?.kind !== 'csv' && reply.view?.kind !== 'chart')) return undefined;
  const isCsv = reply.view.kind === 'csv';
  const path = resolve(dir, isCsv ? PLAN_FILES.csv : PLAN_FILES.chart);
  try {
    if (isCsv) {
      await writeFile(path, renderPlanCsv(reply.plan), { mode: 0o600 });
      return `Wrote ${path} (only you can read it; it holds your plan).`;
    }
    const chart = await renderChart(reply.plan);
    await writeFile(path, chart.png, { mode: 0o600 });
    return `Wrote ${path} (${chart.width}×${chart.height} PNG; open it with any image viewer).`;
  } catch (error) {
    return `I could not write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Your plan is unchanged; try again from a folder you can write to.`;
  }
}
