// The Discord adapter's public face, for the CLI: `match-advisor discord` and `match-advisor discord register`.
/** Start the bot (gateway login, handlers, fatal-close exit); the intents it asks for. */
export { startDiscordBot, INTENTS, type DiscordBot, type DiscordBotOptions } from './bot.js';
/** Validate DISCORD_TOKEN, DISCORD_APP_ID, DISCORD_API_URL, DISCORD_ADMIN_GUILD_IDS from an injectable env. */
export { readDiscordConfig, type DiscordConfig } from './config.js';
/** Register the slash commands (globally or in one server) with a REST client for the token. */
export { commandDefinitions, createDiscordRest, registerCommands } from './register.js';
/** The CLI entry the lead wired: validates settings, then registers or runs until SIGINT/SIGTERM. */
export { runDiscordCommand, type RunDiscordOptions } from './run.js';
