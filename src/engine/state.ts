// A conversation's durable state: answers by question id (never a step index), plus what is pending.
import { z } from 'zod';
import { PROFILE_FIELDS, profileSchema, type ProfileField } from '../domain/profile.js';
import { CLARIFY_TOPICS } from './understand/reading.js';

/** Current version of the stored state record. */
export const STATE_VERSION = 2;

const fieldSchema = z.enum(PROFILE_FIELDS as [ProfileField, ...ProfileField[]]);

/** A clarifying question waiting for its reply. */
const clarifyingSchema = z.object({
  field: fieldSchema,
  topic: z.enum(CLARIFY_TOPICS),
  facts: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).optional(),
});

/** The stored state of one conversation. */
export const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  profile: profileSchema,
  skipped: z.array(fieldSchema),
  history: z.array(fieldSchema),
  attempts: z.number().int().min(0),
  confirmingForget: z.boolean(),
  /** "forget me" was asked again once after an answer told while it waited (optional: older records have none). */
  forgetAskedAgain: z.boolean().optional(),
  greeted: z.boolean(),
  planShown: z.boolean(),
  /** The summary was read back and waits for "looks right" or a fix. */
  readBack: z.boolean(),
  clarifying: clarifyingSchema.optional(),
  /** How many clarifying questions each field has had (at most two, then an assumption). */
  clarified: z.partialRecord(fieldSchema, z.number().int().min(0)),
  /** The rest of the last answer from the guides, shown on "more" (optional: older records have none). */
  more: z.string().max(4000).optional(),
  /** The last question asked, so a follow-up ("and if that fails?") is read with it (optional: older records have none). */
  lastAsked: z.string().max(500).optional(),
  /** The open question already asked again after a side question; later side questions do not repeat it (optional). */
  sideRepeated: z.string().max(100).optional(),
  /** Whom the typist asks for ("son", "client"), read as the applicant in their messages (optional: most ask for themselves). */
  askingFor: z.string().max(40).optional(),
  /** The last message answered another question than the one on screen: a bare yes or no then names the question first (optional). */
  offScreen: z.boolean().optional(),
  /** The question on screen and how many messages in a row passed it over (optional: older records have none). */
  passedOver: z.object({ id: z.string().max(40), times: z.number().int().min(0) }).optional(),
  /** The user declined the interview ("no interview pls"): questions are answered without asking the interview's own (optional). */
  questionsOnly: z.boolean().optional(),
  /** The question shown last and how many turns in a row it was shown (optional: older records have none). */
  shown: z.object({ id: z.string().max(40), times: z.number().int().min(0) }).optional(),
  /** The language the user was told once that their messages are read in and replies come in English (optional). */
  languageNoted: z.enum(['es', 'pt']).optional(),
});
export type ConversationState = z.infer<typeof stateSchema>;

/** A fresh conversation with nothing known. */
export function initialState(): ConversationState {
  return { version: STATE_VERSION, profile: {}, skipped: [], history: [], attempts: 0, confirmingForget: false, greeted: false, planShown: false, readBack: false, clarified: {} };
}

/** Older record shapes, upgraded one version at a time to the current one. */
const UPGRADES: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // version 0 (pre-release) kept answers under `answers` and had no history or flags
  0: (old) => ({ ...initialState(), profile: old.answers ?? {}, greeted: true, version: 1 }),
  // version 1 had no read-back and no clarifying questions; a record past its plan needs no read-back
  1: (old) => ({ ...old, readBack: false, clarified: {}, version: 2 }),
};

/** Reads a stored record, upgrading older versions; an unreadable record yields an error, never a throw. */
export function readState(raw: unknown): { ok: true; state: ConversationState } | { ok: false; error: string } {
  let record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  let version = typeof record.version === 'number' ? record.version : 0;
  while (version < STATE_VERSION) {
    const upgrade = UPGRADES[version];
    if (!upgrade) return { ok: false, error: `no upgrade from state version ${version}` };
    record = upgrade(record);
    version = record.version as number;
  }
  const parsed = stateSchema.safeParse(record);
  if (!parsed.success) return { ok: false, error: `stored state is invalid: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}` };
  return { ok: true, state: parsed.data };
}
