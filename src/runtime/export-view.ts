// The copy of one's data ("export my data"): the answers first, as the read-back says them ("Step 2 CK: 247 (attempt not
// said)"), then what is stored about the person in its stored form (answers, questions skipped, where the interview
// stands, for whom they ask, the last question they asked), without the engine's own counters and flags (how often a
// question was shown or re-asked, whether the greeting went out), which say nothing about them. A record that cannot
// be read is handed over as stored, and set-aside records too, so nothing about the person is left out.
import { describeProfile } from '../engine/describe-profile.js';
import { stateSchema, type ConversationState } from '../engine/state.js';
import type { ConversationExport } from '../store/conversation-store.js';

const ABOUT = 'yourAnswers: your profile as I read it back to you. state: what is stored about you (your answers in their stored form, the questions you skipped, the order you answered in, and where the interview stands); setAside: records that could not be read, as stored.';

/** The stored state's parts that are about the person, in the order a reader looks for them. */
function personalPart(s: ConversationState): Record<string, unknown> {
  return {
    profile: s.profile, skipped: s.skipped, answeredInOrder: s.history,
    interview: { planShown: s.planShown, awaitingReadBack: s.readBack, ...(s.clarifying ? { clarifying: s.clarifying } : {}), ...(s.confirmingForget ? { confirmingForget: true } : {}) },
    ...(s.askingFor ? { askingFor: s.askingFor } : {}), ...(s.lastAsked ? { lastAsked: s.lastAsked } : {}),
  };
}

/** The export with the read-back lines of the stored answers put first (none when nothing readable is stored), and the
 *  stored state without the engine's counters (as stored when it cannot be read). */
export function exportView(record: ConversationExport): Record<string, unknown> {
  const parsed = stateSchema.safeParse(record.state);
  const yourAnswers = parsed.success ? describeProfile(parsed.data.profile, parsed.data.skipped) : [];
  return { yourAnswers, about: ABOUT, ...record, ...(parsed.success ? { state: personalPart(parsed.data) } : {}) };
}
