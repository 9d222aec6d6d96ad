// Trial 14, classes 5 and 6, as a person types it: fees are labelled by the season their table is for (never "the
// latest" when a newer season is under way), and the plan's screens fit a chat: the first program comes before any
// footnote, a tier shows a handful of programs with the way to the rest, and the steps screen shows the next dates only.
import { describe, expect, it } from 'vitest';
import { openApp } from '../../src/runtime/open-app.js';
import { BUNDLED_KNOWLEDGE } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { renderPlanText } from '../../src/render/plan-text.js';
import { erasSeasonOn, staleFeeNote } from '../../src/plan/fee-season.js';

async function chat(on: string, lines: string[]): Promise<string[]> {
  const app = openApp({ databasePath: ':memory:', knowledgeDir: BUNDLED_KNOWLEDGE, logLevel: 'silent', retentionDays: 365 }, createLogger('silent'), { clock: () => new Date(on) });
  const out: string[] = [];
  for (const text of lines) {
    const replies = await app.advisor.handle('t14', { kind: 'text', text });
    out.push(replies.map((r) => (r.type === 'plan' ? renderPlanText(r.plan, r.view) : r.type === 'text' || r.type === 'question' ? r.text : '')).join('\n'));
  }
  app.close();
  return out;
}

describe('the ERAS season a fee belongs to', () => {
  it.each([
    ['2026-12-07T12:00:00Z', 2027], ['2026-05-31T12:00:00Z', 2026], ['2026-06-01T12:00:00Z', 2027], ['2027-01-20T12:00:00Z', 2027],
  ])('on %s the season under way is %i', (on, season) => {
    expect(erasSeasonOn(new Date(on))).toBe(season);
  });
  it('a table for the season under way needs no note; an older one says which season to check', () => {
    expect(staleFeeNote(2027, new Date('2026-12-07T12:00:00Z'))).toBeUndefined();
    expect(staleFeeNote(2026, new Date('2026-12-07T12:00:00Z'))).toMatch(/the 2027 season \(open since June 2026\).*aamc\.org/);
  });
  it('a Pakistani FM applicant in December sees the 2026-season fees named as such, with the 2027 season to check, never "the latest"', async () => {
    const [, , shown] = await chat('2026-12-07T12:00:00Z', ['start', 'family medicine in socal, need J1, step 1 pass, ck 229 on the first try, graduated 2020', 'plan']);
    expect(shown!.replace(/\s+/g, ' ')).toMatch(/2026-season (ERAS )?fees(; | \()2027: check aamc\.org/);
    expect(shown).not.toMatch(/the latest/);
  });
  it('in July, before a new season, the same table says nothing about a newer season', () => {
    expect(staleFeeNote(2026, new Date('2025-07-01T12:00:00Z'))).toBeUndefined();
  });
});

describe('screens that fit a chat', () => {
  it('a strong green-card applicant asking for the targets sees a program before any footnote, and a handful per tier', async () => {
    const [, , , list] = await chat('2026-12-07T12:00:00Z', ['start', 'IM with psych maybe as backup, green card holder, step1 first attempt, 258 on CK first attempt, MD 2023, half a year of hands-on work at LA county hospitals', 'plan', 'programs target']);
    const firstProgram = list!.search(/^ {2}- .*\((core LA|SoCal|rest of California|national)\)/m);
    const firstNote = list!.search(/^Said once/m);
    expect(firstProgram).toBeGreaterThan(0);
    expect(firstNote === -1 || firstNote > firstProgram).toBe(true);
    expect(list!.match(/^ {2}- .*\((core LA|SoCal|rest of California|national)\)/gm)!.length).toBeLessThanOrEqual(12);
    expect(list).toMatch(/more: see them with/);
  });
  it('an Egyptian J-1 applicant asking for steps sees five explained, the rest by title, and only the next dates', async () => {
    const [, , steps] = await chat('2026-09-10T12:00:00Z', ['start', 'internal medicine, J-1, passed step 1, step 2 ck 238 first attempt, graduated in 2021, 5 months hands-on in Houston', 'steps']);
    const dates = steps!.match(/^ {2}- \d{4}-\d{2}-\d{2}/gm) ?? [];
    expect(dates.length).toBeLessThanOrEqual(4);
    expect(steps).not.toMatch(/the latest/);
  });
});
