import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { profileSchema } from '../src/domain/profile.js';
import { buildPlan } from '../src/knowledge/plan/build-plan.js';
import { FULL_KB } from '../test/helpers/plan-kb.js';
it('probe', () => {
  const set = JSON.parse(readFileSync('test/fixtures/blind-applicants.json', 'utf8'));
  for (const id of (process.env.IDS ?? '').split(',')) {
    const a = set.applicants.find((x: any) => x.id === id);
    const pl = buildPlan(profileSchema.parse(a.profile), FULL_KB, new Date(set.asOf + 'T12:00:00Z'));
    console.log(id, a.summary, pl.standing?.map((s) => `${s.specialty} ${s.level} ${s.score}`), 'T', pl.tiers.target.length, 'S', pl.tiers.safety.length, 'R', pl.tiers.reach.length, 'U', pl.unverified?.length, 'X', pl.excluded.length, pl.applications.min, pl.applications.max);
    for (const p of (pl.unverified ?? []).slice(0, 4)) console.log('  U', p.name, p.state, p.ifVerified, p.evidence?.level, p.reasons.join(' / ').slice(0, 300));
  }
});
