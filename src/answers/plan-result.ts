// One shape for every reply drawn from the asker's own file: a private plan answer with its sources and, when the
// file cannot answer yet, the one stored answer it asks for.
import type { AskResult } from '../domain/advice.js';
import type { ProfileField } from '../domain/profile.js';

/** A private plan reply: its text, the sources it names (and their joined line), and the answer it asks for, if any. */
export function planResult(answer: string, sources: readonly string[] = [], needs?: ProfileField): AskResult {
  return { found: true, kind: 'plan', articleId: '', title: '', answer, source: sources.join('; '), sources: [...sources], ...(needs ? { needs } : {}), private: true };
}
