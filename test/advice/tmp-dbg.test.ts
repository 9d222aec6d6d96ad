import { it } from 'vitest';
import { FULL_KB } from '../helpers/plan-kb.js';
import { readSet } from './judge.js';
import { profileSchema } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/knowledge/plan/build-plan.js';
it('dbg', () => {
  for (const f of ['test/fixtures/blind-applicants.json', 'test/fixtures/applicants-dev-2.json']) {
    const set = readSet(f)!;
    for (const a of set.applicants) {
      const plan = buildPlan(profileSchema.parse(a.profile), FULL_KB, new Date(`${set.asOf}T12:00:00Z`));
      const st = plan.standing?.[0] as any;
      const ok = !a.expect.level || a.expect.level.includes(st?.level);
      console.log(`LV ${ok ? ' ' : 'X'} ${a.id} ${a.kind} ${st?.specialty} ${st?.level} ${Math.round(st?.score)} exp=${a.expect.level?.join('/') ?? '-'} | ${(st?.factors ?? []).map((x: any) => `${x.id}:${Math.round(x.effect)}`).join(' ')}`);
    }
  }
});
