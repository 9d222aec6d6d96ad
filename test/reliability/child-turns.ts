// A child process for the reliability suite: opens the app on DATABASE_PATH and sends corrections as fast as it can,
// printing "ack N" after each turn's replies came back (an acknowledged answer), so a parent can kill it and check.
import { readCoreConfig } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { openApp } from '../../src/runtime/open-app.js';
import { lineFor } from './child-values.js';

async function main(): Promise<void> {
  const [role = 'A', countText = '50', user = 'shared'] = process.argv.slice(2);
  const read = readCoreConfig(process.env);
  if (!read.ok) throw new Error(read.problems.join('; '));
  const app = openApp(read.config, createLogger('warn'));
  process.stdout.write('ready\n');
  const count = Number(countText);
  for (let n = 1; n <= count; n += 1) {
    const replies = await app.advisor.handle(`cli:${user}`, { kind: 'text', text: lineFor(role, n) });
    if (replies.some((r) => r.type === 'text' && /went wrong|could not save|busy/.test(r.text))) process.stdout.write(`fail ${n}\n`);
    else process.stdout.write(`ack ${n}\n`);
  }
  app.close();
}

main().catch((e: unknown) => { process.stderr.write(`child failed: ${(e as Error).message}\n`); process.exit(1); });
