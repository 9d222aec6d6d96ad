// A user who writes whole messages in Spanish or Portuguese is told once, in their language, that the facts are read
// in it and the replies (plan, sources, answers) come in English for now.
import type { Reply } from '../domain/io.js';
import { inEnglish } from './understand/languages.js';
import type { ConversationState } from './state.js';

/** The once-per-conversation notice in each language we read whole messages in. */
const NOTICES = {
  es: 'Leo tus mensajes en español y guardo los datos que me das. Por ahora contesto en inglés (el plan, las fuentes y las respuestas); puedes seguir escribiendo en español.',
  pt: 'Leio suas mensagens em português e guardo os dados que você me passa. Por enquanto respondo em inglês (o plano, as fontes e as respostas); pode continuar escrevendo em português.',
} as const;

/** Words too short to tell a language by (a bare "si", "ok", a number): no notice for them. */
const MIN_WORDS = 3;

/**
 * Adds the notice once, after what the turn said and before the next question, when a whole typed message is in Spanish or
 * Portuguese (every sentence of it); remembers that it was given. Hindi-Urdu mixed with English gets none (its
 * writers read English replies).
 */
export function noteReplyLanguage(state: ConversationState, text: string, replies: Reply[]): void {
  if (state.languageNoted) return;
  const lower = text.toLowerCase();
  if (lower.split(/[^\p{L}]+/u).filter(Boolean).length < MIN_WORDS) return;
  const { langs } = inEnglish(lower, text);
  const only = langs.length === 1 ? langs[0] : undefined;
  if (only !== 'es' && only !== 'pt') return;
  state.languageNoted = only;
  const last = replies.length - 1;
  const at = last >= 0 && replies[last]!.type === 'question' ? last : replies.length;
  replies.splice(at, 0, { type: 'text', text: NOTICES[only] });
}
