// Issue 12: "export my data" in the terminal prints everything stored about the person as JSON (stdout), in both modes
import { startTerminalSession } from '../helpers/terminal-session.js';
// (text mode also writes it to a private file in the output folder; see plan-files.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

async function chat(lines: string[], json: boolean) {
  const outDir = mkdtempSync(join(tmpdir(), 'ma-export-'));
  const { app, input, out, done } = startTerminalSession('cli:me', outDir, json);
  // like a person at the keyboard: type once the first question is on screen
  while (!/specialty/.test(out())) await new Promise((r) => setTimeout(r, 20));
  for (const l of lines) input.write(`${l}\n`);
  input.end();
  await done;
  app.close();
  rmSync(outDir, { recursive: true, force: true });
  return out();
}

describe('export my data in the terminal', () => {
  it('--json: one line {type:"export", data} with the stored state, turn count and conversation id', async () => {
    const out = await chat(['IM', 'need a J-1', 'export my data'], true);
    const line = out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { type: string; data?: any }).find((l) => l.type === 'export');
    expect(line?.data).toMatchObject({ conversationId: 'cli:me', turns: 4, state: { profile: { specialty: { primary: 'internal_medicine' }, visa: 'needs_j1' } }, setAside: [] });
    expect(typeof line?.data.exportedAt).toBe('string');
    // what is about the person, without the engine's counters and flags
    expect(line?.data.state).toMatchObject({ skipped: [], answeredInOrder: ['specialty', 'visa'], interview: { planShown: false, awaitingReadBack: false } });
    for (const counter of ['attempts', 'clarified', 'greeted', 'shown', 'version', 'offScreen']) expect(line?.data.state, counter).not.toHaveProperty(counter);
  });
  it('text mode: the same data as readable JSON, and "/export" works too', async () => {
    const out = await chat(['psych', '/export'], false);
    const start = out.indexOf('{\n');
    const data = JSON.parse(out.slice(start, out.indexOf('\n}', start) + 2)) as { state: { profile: unknown } };
    expect(data.state.profile).toEqual({ specialty: { primary: 'psychiatry' } });
  });
});
