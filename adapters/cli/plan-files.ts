// The terminal's files: "csv" writes the program list as CSV, "chart" the picture as PNG, "export my data" the
// stored record as JSON, all into one folder (the data folder by default), private to the person and named after
// them; "forget me" deletes that person's files again, never another person's.
import { mkdir } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Reply } from '../../src/domain/io.js';
import { renderChart } from '../../src/chart/render-chart.js';
import { renderPlanCsv } from '../../src/render/plan-text.js';
import { PLAN_FILES } from '../../src/render/plan-views.js';
import { removeFile, whyNotWritten, writePrivateFile } from './private-file.js';

/** The data export's file name, next to the plan files. */
export const DATA_FILE = 'match-advisor-my-data.json';

/** Every file the terminal may have written for the person. */
const PERSONAL_FILES = [PLAN_FILES.csv, PLAN_FILES.chart, DATA_FILE] as const;

/** A file's name for one person ("cli:amira" -> "match-advisor-my-data-amira.json"); the bare name with no owner. */
export function personalFileName(name: string, owner?: string): string {
  const tag = (owner ?? '').replace(/^cli:/, '').replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40);
  if (!tag) return name;
  const ext = extname(name);
  return `${name.slice(0, name.length - ext.length)}-${tag}${ext}`;
}

/**
 * Writes the file a reply asks for (CSV for "csv", PNG for "chart", JSON for "export my data") into `dir`, and
 * says where in a sentence; any other reply needs no file (undefined). A failed write is reported, never thrown.
 */
export async function writePlanFile(reply: Reply, dir: string, owner?: string): Promise<string | undefined> {
  if (reply.type === 'export') {
    const path = resolve(dir, personalFileName(DATA_FILE, owner));
    try {
      await mkdir(dir, { recursive: true });
      await writePrivateFile(path, `${JSON.stringify(reply.data, null, 2)}\n`);
      return `Wrote ${path} (only you can read it; it holds everything shown above).`;
    } catch (error) {
      return `I could not write ${path} (${whyNotWritten(error)}); the data is printed above instead.`;
    }
  }
  if (reply.type !== 'plan' || (reply.view?.kind !== 'csv' && reply.view?.kind !== 'chart')) return undefined;
  const isCsv = reply.view.kind === 'csv';
  const path = resolve(dir, personalFileName(isCsv ? PLAN_FILES.csv : PLAN_FILES.chart, owner));
  try {
    await mkdir(dir, { recursive: true });
    if (isCsv) {
      await writePrivateFile(path, renderPlanCsv(reply.plan));
      return `Wrote ${path} (only you can read it; it holds your plan).`;
    }
    const chart = await renderChart(reply.plan);
    await writePrivateFile(path, chart.png);
    return `Wrote ${path} (${chart.width}×${chart.height} PNG, only you can read it; open it with any image viewer).`;
  } catch (error) {
    return `I could not write ${path} (${whyNotWritten(error)}). Your plan is unchanged; try again from a folder you can write to.`;
  }
}

/**
 * After "forget me": deletes `owner`'s plan and data files in `dir` (a link itself, never what it points to) and
 * says what was deleted and what could not be; undefined when there was nothing to delete.
 */
export async function forgetFiles(dir: string, owner?: string): Promise<string | undefined> {
  const deleted: string[] = [];
  const failed: string[] = [];
  for (const name of PERSONAL_FILES) {
    const path = resolve(dir, personalFileName(name, owner));
    const outcome = await removeFile(path);
    if (outcome === 'deleted') deleted.push(path);
    else if (outcome !== 'absent') failed.push(`${path} (${outcome})`);
  }
  const lines: string[] = [];
  if (deleted.length) lines.push(`Also deleted: ${deleted.join(', ')}.`);
  if (failed.length) lines.push(`I could NOT delete ${failed.join(', ')}; please delete ${failed.length === 1 ? 'it' : 'them'} yourself.`);
  return lines.length ? lines.join('\n') : undefined;
}
