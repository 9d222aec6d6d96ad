// Proves a what-if runs on the real knowledge base: Step 3 opens H-1B programs, and the stored profile stays as it was.
import { describe, expect, it } from 'vitest';
import { openApp } from '../../src/runtime/open-app.js';
import { BUNDLED_KNOWLEDGE } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { planScreen } from '../../src/render/plan-views.js';

describe('what-if on the real plan', () => {
  it('shows what passing Step 3 would change for an H-1B applicant', async () => {
    const app = openApp({ databasePath: ':memory:', knowledgeDir: BUNDLED_KNOWLEDGE, logLevel: 'silent', retentionDays: 365 }, createLogger('silent'), { clock: () => new Date('2026-11-26T12:00:00Z') });
    const say = (text: string) => app.advisor.handle('h1b', { kind: 'text', text });
    for (const t of ['start', 'IM', 'need an H-1B', 'passed first attempt', '224', 'not taken']) await say(t);
    const replies = await say('what if I pass step 3 with 230?');
    const summary = replies.find((r) => r.type === 'text' && r.text.startsWith('What if'));
    expect(summary?.type === 'text' && summary.text).toMatch(/Instead: .*With Step 3 passed, H-1B is possible/);
    const plan = replies.find((r) => r.type === 'plan');
    expect(plan?.type === 'plan' && plan.plan.profile.step3).toEqual({ status: 'passed', score: 230 });
    expect((await app.advisor.profileOf('h1b'))?.step3).toEqual({ status: 'not_taken' });
    app.close();
  });

  it('titles the hypothetical plan as a what-if, never as the saved plan', async () => {
    const app = openApp({ databasePath: ':memory:', knowledgeDir: BUNDLED_KNOWLEDGE, logLevel: 'silent', retentionDays: 365 }, createLogger('silent'), { clock: () => new Date('2026-11-26T12:00:00Z') });
    const say = (text: string) => app.advisor.handle('fm', { kind: 'text', text });
    for (const t of ['start', 'family medicine', 'J-1', 'passed first try', '221', 'not taken']) await say(t);
    const plan = (await say('what if my CK was 235')).find((r) => r.type === 'plan');
    const shown = planScreen(plan!.type === 'plan' ? plan!.plan : (undefined as never), plan!.type === 'plan' ? plan!.view : undefined);
    expect(shown.title).toMatch(/^What-if plan \(not saved\): if .*235/);
    expect(shown.title).not.toMatch(/^Your residency plan/);
    app.close();
  });
});
