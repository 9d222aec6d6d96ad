// One field's reading entered into the outcome of a message: a value the schema accepts becomes an update (or "same"
// when it equals what is stored), a clarification or a refusal becomes the one question asked.
import { profileSchema, type Profile, type ProfileField } from '../../domain/profile.js';
import type { Clarifying } from './clarify.js';
import type { ClarifyTopic, Reading } from './reading.js';

const FIELD_SCHEMAS = profileSchema.shape;

/** Applies one reading to the outcome: validated values become updates, the rest clarifications or refusals. */
export function take(out: { updates: { field: ProfileField; value: unknown; old?: unknown }[]; same: ProfileField[]; clarify?: Clarifying }, profile: Profile, field: ProfileField, reading: Reading<never>, isPending: boolean): void {
  if (reading.kind === 'value') {
    const checked = FIELD_SCHEMAS[field].safeParse(reading.value);
    if (!checked.success || checked.data === undefined) return;
    const value = checked.data as NonNullable<Profile[ProfileField]>;
    const old = profile[field] as NonNullable<Profile[ProfileField]> | undefined;
    if (old !== undefined && JSON.stringify(old) === JSON.stringify(value)) { out.same.push(field); return; }
    out.updates.push(old === undefined ? { field, value } : { field, value, old });
  } else if (reading.kind === 'clarify') {
    const topic: ClarifyTopic = reading.topic;
    if (!out.clarify || isPending) out.clarify = { field, topic, facts: reading.facts };
  } else if (reading.kind === 'refuse') {
    // a value that cannot be right is asked about again, with the hint as the question
    if (!out.clarify || isPending) out.clarify = { field, topic: 'implausible', facts: { hint: reading.hint } };
  }
}
