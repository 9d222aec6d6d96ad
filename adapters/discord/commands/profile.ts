// /profile: shows the saved answers (ephemeral in servers).
import { runConversationCommand } from '../converse.js';
import { conversationCommandData } from './command.js';

/** The /profile command definition. */
export const data = conversationCommandData('profile', 'Show what Match Advisor has saved about you (only you see it)');

/** Runs /profile as a conversation turn. */
export const execute = runConversationCommand;
