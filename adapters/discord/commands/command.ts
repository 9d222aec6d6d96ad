// The shape of one slash command file: the same `data` registers the command and routes it.
import { ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { DiscordDeps } from '../deps.js';

/** A slash command: its definition and what runs when it is used. */
export interface SlashCommand {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Runs the command; 'duplicate' when its turn was already run by another delivery of the same interaction. */
  execute(interaction: ChatInputCommandInteraction, deps: DiscordDeps): Promise<'duplicate' | undefined | void>;
}

/** A command usable in servers and in the DM with the bot, for a server-installed app. */
export function conversationCommandData(name: string, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(description)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
}
