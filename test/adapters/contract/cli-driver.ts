// Drives the terminal adapter (runChat, --json mode) through in-memory streams, one typed line per turn.
import { PassThrough, Writable } from 'node:stream';
import { runChat } from '../../../adapters/cli/index.js';
import type { Plan } from '../../../src/domain/plan.js';
import type { Advisor } from '../../../src/runtime/advisor.js';
import { until, type Driver, type DriverDeps } from './driver.js';
import { normalise, planSummary, type Observed } from './observed.js';

type Line = { type: 'text'; text: string } | { type: 'question'; id: string; text: string; choices: { value: string }[] } | { type: 'plan'; plan: Plan };

/** The terminal as one JSON line per reply; everything it prints goes to this person only. */
function observe(lines: Line[]): Observed {
  const plan = lines.find((l) => l.type === 'plan');
  return {
    text: normalise(lines.flatMap((l) => (l.type === 'plan' ? [] : [l.text])).join('\n')),
    questions: lines.flatMap((l) => (l.type === 'question' ? [{ id: l.id, choices: l.choices.map((c) => c.value) }] : [])),
    plan: plan?.type === 'plan' ? planSummary(plan.plan) : undefined,
    private: true,
  };
}

/** A CLI driver: `runChat` reads typed lines from a stream and writes its replies to another. */
export function cliDriver(deps: DriverDeps): Driver {
  const conversationId = 'cli:contract';
  const input = new PassThrough();
  let out = '';
  const output = new Writable({ write(chunk: Buffer, _enc, done) { out += chunk.toString('utf8'); done(); } });
  let handled = 0;
  // counts finished turns, so a typed line can be awaited until its replies are written
  const advisor: Advisor = { ...deps.advisor, handle: async (id, i) => { try { return await deps.advisor.handle(id, i); } finally { handled += 1; } } };
  let running: Promise<void> | undefined;
  let read = 0;

  /** Waits until `count` turns are handled and their lines written, then returns the new lines. */
  const turn = async (count: number): Promise<Observed> => {
    await until(() => handled >= count, 'the terminal to answer');
    await new Promise((r) => setImmediate(r)); // runChat writes right after the advisor's promise settles
    const fresh = out.slice(read);
    read = out.length;
    return observe(fresh.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line));
  };

  return {
    name: 'CLI',
    conversationId,
    async start() {},
    open() {
      running = runChat({ advisor, conversationId, input, output, json: true, interactive: false, planText: deps.planText });
      return turn(1);
    },
    say(text) {
      const count = handled + 1;
      input.write(`${text}\n`);
      return turn(count);
    },
    async stop() {
      input.end();
      await running;
    },
  };
}
