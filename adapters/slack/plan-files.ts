// The plan's files in Slack: "csv" shares the program list as CSV and "chart" the picture as PNG, in the person's DM.
import type { Reply } from '../../src/domain/io.js';
import { renderChart } from '../../src/chart/render-chart.js';
import { renderPlanCsv } from '../../src/render/plan-text.js';
import { PLAN_FILES } from '../../src/render/plan-views.js';
import type { SlackContext } from './context.js';
import { textSections, type SlackMessage } from './blocks.js';
import { deliver, slackErrorCode, type Destination, type SlackClient } from './deliver.js';

const note = (text: string): SlackMessage => ({ text, blocks: textSections(text) });

/**
 * Uploads the file each export or chart reply asks for. Files go to the destination when it is the DM, else to
 * the DM (files are never shared in a channel), with a short note where the person is. Failures become a note.
 */
export async function sharePlanFiles(ctx: SlackContext, client: SlackClient, replies: Reply[], dest: Destination, dm: () => Promise<string>): Promise<void> {
  for (const r of replies) {
    if (r.type !== 'plan' || (r.view?.kind !== 'csv' && r.view?.kind !== 'chart')) continue;
    const isCsv = r.view.kind === 'csv';
    try {
      const channel = dest.kind === 'channel' ? dest.channel : await dm();
      if (isCsv) {
        await client.filesUploadV2({ channel_id: channel, filename: PLAN_FILES.csv, title: PLAN_FILES.csv, content: renderPlanCsv(r.plan), initial_comment: 'Your program list as CSV.' });
      } else {
        const chart = await renderChart(r.plan);
        await client.filesUploadV2({ channel_id: channel, filename: PLAN_FILES.chart, title: 'Where you stand', file: chart.png, alt_text: 'Your Step 2 CK against matched and unmatched non-US IMGs, and your list per band', initial_comment: 'Where you stand, as a picture.' });
      }
      if (dest.kind === 'ephemeral') await deliver(client, dest, [note(`I sent ${isCsv ? PLAN_FILES.csv : PLAN_FILES.chart} to our direct messages.`)], dm);
    } catch (error) {
      ctx.log.warn('slack.plan_file.failed', { file: isCsv ? 'csv' : 'chart', code: slackErrorCode(error) ?? (error as Error).name });
      await deliver(client, dest, [note(`I could not share ${isCsv ? 'the CSV' : 'the chart'} just now; your plan is unchanged. Try again in a moment.`)], dm);
    }
  }
}
