// The copy of one's data ("export my data"): the answers first, as the read-back says them ("Step 2 CK: 247 (attempt not
// said)"), then the full stored record as kept (the interview's place included), so nothing stored is left out.
import { describeProfile } from '../engine/describe-profile.js';
import { stateSchema } from '../engine/state.js';
import type { ConversationExport } from '../store/conversation-store.js';

const ABOUT = 'yourAnswers: your profile as I read it back to you. state: the full stored record (your answers in their stored form, and where the interview stands); setAside: records that could not be read.';

/** The export with the read-back lines of the stored answers put first (none when nothing readable is stored). */
export function exportView(record: ConversationExport): Record<string, unknown> {
  const parsed = stateSchema.safeParse(record.state);
  const yourAnswers = parsed.success ? describeProfile(parsed.data.profile, parsed.data.skipped) : [];
  return { yourAnswers, about: ABOUT, ...record };
}
