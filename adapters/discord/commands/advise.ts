// /advise: starts or resumes the interview.
import { runConversationCommand } from '../converse.js';
import { conversationCommandData } from './command.js';

/** The /advise command definition. */
export const data = conversationCommandData('advise', 'Start the interview, or pick up where you left off');

/** Runs /advise as a conversation turn. */
export const execute = runConversationCommand;
