// /ask <question>: answers a question from the guidance articles, then returns to the open question.
import { runConversationCommand } from '../converse.js';
import { conversationCommandData } from './command.js';

/** The /ask command definition, with its required question. */
export const data = conversationCommandData('ask', 'Ask a question about the Match, e.g. "is an observership enough?"')
  .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(500));

/** Runs /ask as a conversation turn. */
export const execute = runConversationCommand;
