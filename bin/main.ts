// The process entry, `match-advisor`: reads the command line and starts one front end (adapters/*): chat, kb build, programs import/export, discord, slack.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCoreConfig, type CoreConfig } from '../src/runtime/config.js';
import { createLogger } from '../src/runtime/logger.js';
import { loadDotEnv } from '../adapters/cli/env-file.js';
import { startApp } from '../src/runtime/start-app.js';
import { runChat } from '../adapters/cli/index.js';

const USAGE = `Usage: npx match-advisor <command> [options]

Commands:
  chat [--json] [--user ID] [--db PATH]   talk to the advisor in this terminal (default); files it writes
        [--out DIR]                       (csv, chart, export) go into the database's folder, or DIR
  kb build [--reset-programs] [--db PATH] load articles, rules and programs into the database
                                          (an imported program table is kept unless --reset-programs)
  programs import FILE.csv [--db PATH]    replace the program table from a CSV (all rows or none)
  programs export [--out FILE] [--db PATH] write the program table as CSV (stdout by default)
  discord [register [--guild ID]]         run the Discord bot (DISCORD_TOKEN, DISCORD_APP_ID) or register its commands
  discord http                            serve slash commands and buttons over HTTP (+ DISCORD_PUBLIC_KEY, PORT)
  slack                                   run the Slack app (SLACK_BOT_TOKEN + SLACK_APP_TOKEN, or SLACK_SIGNING_SECRET + PORT;
                                          with SLACK_CLIENT_ID: many workspaces, installed through OAuth)

Settings come from the environment, then from a .env file in the current folder (the environment wins),
then the defaults; see .env.example.
`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function coreConfig(db: string | undefined): CoreConfig {
  const read = readCoreConfig(process.env, db ? { db } : {});
  if (!read.ok) fail(`Configuration problems:\n${read.problems.map((p) => `  - ${p}`).join('\n')}`);
  return read.config;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      user: { type: 'string', default: 'local' },
      db: { type: 'string' },
      out: { type: 'string' },
      guild: { type: 'string' },
      'reset-programs': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command = 'chat', sub, arg] = positionals;
  if (values.help || command === 'help') { process.stdout.write(USAGE); return; }
  loadDotEnv(process.cwd()); // ./.env fills in what the real environment leaves unset
  const config = coreConfig(values.db);
  const log = createLogger(config.logLevel);

  if (command === 'chat') {
    const app = await startApp(config, log);
    try {
      await runChat({
        advisor: app.advisor, conversationId: `cli:${values.user}`, input: process.stdin, output: process.stdout,
        json: values.json, interactive: Boolean(process.stdin.isTTY), planText: app.planText,
        // the person's files (csv, chart, export) go into the data folder, next to the database, so deleting it starts fresh
        outDir: values.out ?? (config.databasePath === ':memory:' ? process.cwd() : dirname(resolve(config.databasePath))),
      });
    } finally { await app.close(); }
    return;
  }
  if (command === 'kb' && sub === 'build') {
    const app = await startApp(config, log, { rebuild: true, resetPrograms: values['reset-programs'] });
    process.stderr.write(`knowledge base built: ${app.summary()}\n`);
    await app.close();
    return;
  }
  if (command === 'programs' && sub === 'import') {
    if (!arg) fail('programs import needs a CSV file: match-advisor programs import FILE.csv');
    let text: Buffer;
    try { text = readFileSync(arg); } catch (e) { fail(`Cannot read ${arg}: ${(e as Error).message}`); }
    const app = await startApp(config, log);
    const result = app.admin.importCsv(text);
    await app.close();
    if (!result.ok) {
      fail(`Nothing was imported; fix these rows and try again:\n${result.errors.map((e) => `  line ${e.line}: ${e.message}`).join('\n')}`, 1);
    }
    process.stderr.write(`imported ${result.imported} programs\n`);
    return;
  }
  if (command === 'programs' && sub === 'export') {
    const app = await startApp(config, log);
    const csv = app.admin.exportCsv();
    await app.close();
    if (values.out) writeFileSync(values.out, csv); else process.stdout.write(csv);
    return;
  }
  if (((command === 'discord' && sub !== 'register') || command === 'slack') && !config.dataKey) {
    const why = command === 'discord' ? "Discord's Developer Terms ask for it" : 'set it to encrypt them (see .env.example)';
    process.stderr.write(`note: DATA_ENCRYPTION_KEY is not set, so stored answers are not encrypted at rest; ${why}.\n`);
  }
  if (command === 'discord' && sub === 'http') {
    const { runDiscordHttpCommand } = await import('../adapters/discord/http/run.js');
    await runDiscordHttpCommand({ config, log, env: process.env });
    return;
  }
  if (command === 'discord') {
    const discord = await import('../adapters/discord/index.js');
    await discord.runDiscordCommand({ register: sub === 'register', guildId: values.guild, config, log, env: process.env, exit: (code) => process.exit(code) });
    return;
  }
  if (command === 'slack' && process.env.SLACK_CLIENT_ID?.trim()) {
    const { runSlackOAuthCommand } = await import('../adapters/slack/oauth/run.js');
    await runSlackOAuthCommand({ config, log, env: process.env });
    return;
  }
  if (command === 'slack') {
    const slack = await import('../adapters/slack/index.js');
    // exit: a hung Slack Web API call must not keep the process alive after shutdown
    await slack.runSlackCommand({ config, log, env: process.env, exit: (code) => process.exit(code) });
    return;
  }
  fail(`Unknown command "${command}${sub ? ` ${sub}` : ''}".\n\n${USAGE}`);
}

// `programs export | head` closes the pipe early: that ends our output, it is not a failure
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  fail(`match-advisor: cannot write output (${error.code ?? error.name})`, 1);
});

main(process.argv.slice(2)).catch((error: unknown) => {
  fail(`match-advisor: ${(error as Error).message}`, 1);
});
