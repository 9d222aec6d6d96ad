import { it } from 'vitest';
import { profileSchema } from '../src/domain/profile.js';
import { buildPlan } from '../src/knowledge/plan/build-plan.js';
import { FULL_KB } from './helpers/plan-kb.js';
import { readSet } from './advice/judge.js';
it('probe', () => {
  for (const f of ['test/fixtures/blind-applicants.json', 'test/fixtures/applicants-dev-2.json']) {
    const set = readSet(f)!;
    for (const id of (process.env.IDS ?? '').split(',')) {
      const a = set.applicants.find((x) => x.id === id);
      if (!a) continue;
      const pl = buildPlan(profileSchema.parse(a.profile), FULL_KB, new Date(set.asOf + 'T12:00:00Z'));
      console.log(id, a.summary, pl.standing?.map((s) => `${s.specialty} ${s.level} ${s.score}`), 'T', pl.tiers.target.length, 'S', pl.tiers.safety.length, 'R', pl.tiers.reach.length, 'U', pl.unverified?.length, 'X', pl.excluded.length, pl.applications.min, pl.applications.max);
      const sub = process.env.NAME;
      if (sub) for (const [g, l] of Object.entries({ ...pl.tiers, unverified: pl.unverified ?? [] })) for (const p of l) if (p.name.includes(sub)) console.log('  ', g, p.id, p.name, p.city, p.band, p.reasons.join(' / ').slice(0, 200));
    }
  }
});
