// /export: everything stored about the user, as a JSON file sent in the DM with the bot.
import { runConversationCommand } from '../converse.js';
import { conversationCommandData } from './command.js';

/** The /export command definition. */
export const data = conversationCommandData('export', 'Get a copy of everything Match Advisor stored about you (a JSON file in your DMs)');

/** Runs /export as a conversation turn. */
export const execute = runConversationCommand;
