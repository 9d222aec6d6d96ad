// The terminal adapter: an interactive chat, or a line-by-line conversation through pipes (--json).
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Reply } from '../../src/domain/io.js';
import type { Advisor } from '../../src/runtime/advisor.js';
import { parseLine, type Shown } from './parse.js';
import { MESSAGES } from '../../src/engine/messages.js';
import { forgetFiles, writePlanFile } from './plan-files.js';
import { renderJson, renderText, type PlanText } from './render.js';

/** What the chat loop needs. `interactive` numbers the choices and shows a prompt. */
export interface ChatOptions {
  advisor: Advisor;
  conversationId: string;
  input: Readable;
  output: Writable;
  json: boolean;
  interactive: boolean;
  planText: PlanText;
  /** Where "csv", "chart" and "export my data" write their files, named after the conversation, and "forget me"
   *  deletes them (the current folder by default; the terminal passes the data folder). */
  outDir?: string;
}

/**
 * Runs the chat until the input ends. Each line is handled completely, and its replies written,
 * before the next line is read, so another program can hold a conversation through pipes.
 */
export async function runChat(opts: ChatOptions): Promise<void> {
  const rl = createInterface({ input: opts.input, terminal: false, crlfDelay: Infinity });
  let shown: Shown;
  const write = async (replies: Reply[]) => {
    for (const r of replies) {
      const again = r.type === 'question' && shown?.id === r.id && shown.text === r.text && shown.choices.length === r.choices.length;
      opts.output.write(`${opts.json ? renderJson(r) : renderText(r, opts.planText, opts.interactive, again)}\n`);
      if (r.type === 'question') shown = r;
      const dir = opts.outDir ?? process.cwd();
      const wrote = opts.json ? undefined : await writePlanFile(r, dir, opts.conversationId);
      if (wrote) opts.output.write(`${wrote}\n`);
      // "forget me" done: the files written here for the person go too (or the person is told which did not)
      const forgot = r.type === 'text' && r.text === MESSAGES.forgetDone ? await forgetFiles(dir, opts.conversationId) : undefined;
      if (forgot) opts.output.write(opts.json ? `${JSON.stringify({ type: 'text', text: forgot })}\n` : `${forgot}\n`);
    }
    if (opts.interactive && !opts.json) opts.output.write('> ');
  };
  await write(await opts.advisor.handle(opts.conversationId, { kind: 'command', name: 'start' }));
  for await (const line of rl) {
    if (!line.trim()) { if (opts.interactive && !opts.json) opts.output.write('> '); continue; }
    if (/^(quit|exit|bye)$/i.test(line.trim())) break;
    const input = parseLine(line, shown, opts.interactive && !opts.json);
    await write(await opts.advisor.handle(opts.conversationId, input));
  }
  rl.close();
}
