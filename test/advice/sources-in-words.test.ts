// Sources in words: no repository path (shared/data/…, knowledge/…, a .csv file name) ever reaches a user, in any part
// of any dev-set applicant's plan, as JSON or as the text every front end draws from.
import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../src/domain/profile.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { renderWholePlanText } from '../../src/render/plan-text.js';
import { renderPlanText } from '../../src/render/plan-text.js';
import { FULL_KB } from '../helpers/plan-kb.js';
import { readSet } from './judge.js';

const REPO_PATH = /shared\/data|knowledge\/(programs|rules|articles)|test\/fixtures|\b[\w-]+\.csv\b/;

describe('sources in words', () => {
  it('no plan of a dev-set applicant names a repository file anywhere', () => {
    for (const f of ['test/fixtures/blind-applicants.json', 'test/fixtures/applicants-dev-2.json']) {
      const set = readSet(f)!;
      for (const a of set.applicants) {
        const plan = buildPlan(profileSchema.parse(a.profile), FULL_KB, new Date(`${set.asOf}T12:00:00Z`));
        const { profile: _p, ...rest } = plan;
        const json = JSON.stringify(rest).replace(/match-plan\.csv/g, '');
        expect(json.match(REPO_PATH)?.[0], `${a.id} (JSON)`).toBeUndefined();
        const text = [renderWholePlanText(plan), renderPlanText(plan, { kind: 'programs', unverified: true })].join('\n').replace(/match-plan\.csv/g, '');
        expect(text.match(REPO_PATH)?.[0], `${a.id} (text)`).toBeUndefined();
      }
    }
  });
});
