// One terminal chat session on an in-memory database, driven through streams: what the CLI tests type and read.
import { PassThrough } from 'node:stream';
import { runChat } from '../../adapters/cli/index.js';
import { readCoreConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { openApp, type App } from '../../src/runtime/open-app.js';

/** A running chat: type into `input`, read everything printed so far with `out()`, await `done` after ending input. */
export interface TerminalSession { app: App; input: PassThrough; out: () => string; done: Promise<void> }

/** Starts a non-interactive chat for `conversationId` that writes its files into `outDir`. */
export function startTerminalSession(conversationId: string, outDir: string, json = false): TerminalSession {
  const read = readCoreConfig({ DATABASE_PATH: ':memory:' });
  if (!read.ok) throw new Error('config');
  const app = openApp(read.config, createLogger('silent'));
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => { text += c.toString(); });
  const done = runChat({ advisor: app.advisor, conversationId, input, output, json, interactive: false, planText: app.planText, outDir });
  return { app, input, out: () => text, done };
}
