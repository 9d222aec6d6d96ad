// Proves the plan-detail commands as a person types them: programs, a tier or band, program <name>, why <program>, steps, export, chart.
import { describe, expect, it } from 'vitest';
import type { Advice } from '../../src/domain/advice.js';
import type { Reply } from '../../src/domain/io.js';
import { fixturePlan } from '../fixtures/plans/index.js';
import { conversation } from '../helpers/conversation.js';
import { fakeAdvice } from '../helpers/fake-advice.js';
import { findProgram } from '../../src/engine/find-program.js';
import { realPlan } from '../fixtures/plans/real.js';

const plan = fixturePlan('typical');
const advice: Advice = { plan: (profile) => ({ ...plan, profile }), ask: fakeAdvice().ask };
const finished = ['start', 'IM', 'J-1', 'passed first attempt', '232 first attempt', 'not taken', '2022', '3 months hands-on in LA', '2 US letters', 'Arabic', 'LA and Orange County', 'family in LA', 'none', 'applying', 'certified', 'no', 'not yet', 'yes'];
const views = (replies: Reply[]) => replies.flatMap((r) => (r.type === 'plan' ? [r.view ?? { kind: 'summary' }] : []));

function done() {
  const c = conversation(advice);
  for (const a of finished) c.say(a);
  return c;
}

describe('plan details on request', () => {
  it('the interview ends on the first screen, and each detail is one command away', () => {
    const c = done();
    expect(c.state.planShown).toBe(true);
    expect(views(c.say('programs'))).toEqual([{ kind: 'programs' }]);
    expect(views(c.say('show me the reach programs'))).toEqual([{ kind: 'programs', tier: 'reach' }]);
    expect(views(c.say('safety'))).toEqual([{ kind: 'programs', tier: 'safety' }]);
    expect(views(c.say('programs in socal'))).toEqual([{ kind: 'programs', band: 'SoCal' }]);
    expect(views(c.say('target programs in core la'))).toEqual([{ kind: 'programs', tier: 'target', band: 'core LA' }]);
    expect(views(c.say('next steps'))).toEqual([{ kind: 'steps' }]);
    expect(views(c.say('csv'))).toEqual([{ kind: 'csv' }]);
    expect(views(c.say('export the list as csv'))).toEqual([{ kind: 'csv' }]);
    expect(c.say('export').some((r) => r.type === 'export')).toBe(true); // bare "export" is still "export my data"
    expect(views(c.say('chart'))).toEqual([{ kind: 'chart' }]);
    expect(c.replies.every((r) => r.type !== 'plan' || r.private)).toBe(true);
  });

  it('program <name> finds one program by part of its name, and says which when several fit', () => {
    const c = done();
    const huntington = plan.tiers.target.find((p) => /Huntington/.test(p.name))!;
    expect(views(c.say('program huntington'))).toEqual([{ kind: 'program', id: huntington.id }]);
    c.say('program long beach');
    expect(c.text).toMatch(/Several programs in your plan match "long beach": .*Long Beach/);
        c.say('program zzyzx memorial');
    expect(c.text).toMatch(/No program in your plan matches "zzyzx memorial"/);
    expect(c.text).toMatch(/Type "programs"/);
  });

  it('several programs with every word: the one whose name says them in a row, unless the words are a city', () => {
    const real = realPlan('typical');
    const found = findProgram(real, 'is riverside university a target');
    expect(found.kind === 'one' && found.program.name).toBe('Riverside University Health System Program');
    expect(findProgram(real, 'university riverside').kind).toBe('several'); // not in a row: UC Riverside fits as well
    expect(findProgram(real, 'long beach').kind).toBe('several');
  });

  it('why <program> gives its reasons; a why that names no program is still a question for the guides', () => {
    const c = done();
    const huntington = plan.tiers.target.find((p) => /Huntington/.test(p.name))!;
    expect(views(c.say('why is Huntington Memorial a target?'))).toEqual([{ kind: 'why', id: huntington.id }]);
    c.say('why do observerships matter so much?');
    expect(views(c.replies)).toEqual([]);
    expect(c.text).toMatch(/Hands-on US clinical experience/);
    c.say('why');
    expect(c.keys).toContain('whyNone');
  });

  it('an unknown filter says what it can list and shows the whole list', () => {
    const c = done();
    c.say('programs on the moon');
    expect(c.text).toMatch(/one tier \(reach, target, safety\) or one band/);
    expect(views(c.replies)).toEqual([{ kind: 'programs' }]);
  });

  it('before a specialty is known, details say what is missing and the interview goes on', () => {
    const c = conversation(advice);
    c.say('start');
    c.say('programs');
    expect(c.text).toMatch(/target specialty/); // said by the plan commands, not a message of messages.ts
    expect(c.asking).toBe('specialty');
  });

  it('mid-interview, a detail shows and the pending question is asked again', () => {
    const c = conversation(advice);
    for (const a of finished.slice(0, 4)) c.say(a);
    const replies = c.say('steps');
    expect(views(replies)).toEqual([{ kind: 'steps' }]);
    expect(c.asking).toBe('step2ck');
    expect(c.profile.step2ck).toBeUndefined();
  });

  it('platform commands carry the program id straight through', () => {
    const c = done();
    const id = plan.tiers.safety[0]!.id;
    expect(views(c.command('program', id))).toEqual([{ kind: 'program', id }]);
    expect(views(c.command('why', id))).toEqual([{ kind: 'why', id }]);
    expect(views(c.command('programs', 'national'))).toEqual([{ kind: 'programs', band: 'national' }]);
    const long = plan.tiers.target[0]!; // "adventist-health-white-memorial-program-internal-medicine": a select may carry only its start
    expect(views(c.command('program', long.id.slice(0, 45)))).toEqual([{ kind: 'program', id: long.id }]);
  });
});
