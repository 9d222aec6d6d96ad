// /plan: shows the plan for the answers so far.
import { runConversationCommand } from '../converse.js';
import { conversationCommandData } from './command.js';

/** The /plan command definition. */
export const data = conversationCommandData('plan', 'Show your tiered program plan with what you have answered so far');

/** Runs /plan as a conversation turn. */
export const execute = runConversationCommand;
