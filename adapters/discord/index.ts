// The Discord adapter's public face, for the CLI: `match-advisor discord` and `match-advisor discord register`.
export { startDiscordBot, INTENTS, type DiscordBot, type DiscordBotOptions } from './bot.js';
export { readDiscordConfig, type DiscordConfig } from './config.js';
export { commandDefinitions, createDiscordRest, registerCommands } from './register.js';
export { runDiscordCommand, type RunDiscordOptions } from './run.js';
