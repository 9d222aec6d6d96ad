// /forget: asks for confirmation, then deletes the user's data.
import { runConversationCommand } from '../converse.js';
import { conversationCommandData } from './command.js';

/** The /forget command definition. */
export const data = conversationCommandData('forget', 'Delete everything Match Advisor has stored about you');

/** Runs /forget as a conversation turn. */
export const execute = runConversationCommand;
