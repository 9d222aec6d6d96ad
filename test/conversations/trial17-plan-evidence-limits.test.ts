// A new user's trial, round 17, classes 2 and 4, as a person types it: a plan follows the evidence (an applicant who
// needs no visa is never told about a visa; the J-1 facts of our table, a few dozen pages, never shrink a specialty's
// list; H-1B filings are never read as J-1 evidence) and the applicant's limits (regions that hold fewer programs than
// the count are said first, with the ways past them; a season whose window has passed is timing, not a weak file).
// Conversations written for this test, not taken from the trial or the applicant sets.
import { describe, expect, it } from 'vitest';
import { openApp } from '../../src/runtime/open-app.js';
import { BUNDLED_KNOWLEDGE } from '../../src/runtime/config.js';
import { createLogger } from '../../src/runtime/logger.js';
import { renderPlanText } from '../../src/render/plan-text.js';
import type { Reply } from '../../src/domain/io.js';

/** What the user answers when the bot asks for something the opening post did not say. */
type Answers = Record<string, string>;
const REST: Answers = {
  step3: 'not taken', languages: 'english', laTies: 'no', research: 'none', stage: 'applying this cycle', ecfmg: 'certified',
  couples: 'no', cycle: 'submitted, 2 interviews', usLors: '2', usce: '4 months hands-on in LA', regions: 'LA county',
};

/** One conversation: the opening post, answers to whatever is asked until the plan, then the follow-ups; each turn's text. */
async function chat(post: string, answers: Answers, follow: readonly string[] = [], on = '2026-12-07T12:00:00Z'): Promise<{ plan: string; after: string[] }> {
  const app = openApp({ databasePath: ':memory:', knowledgeDir: BUNDLED_KNOWLEDGE, logLevel: 'silent', retentionDays: 365 }, createLogger('silent'), { clock: () => new Date(on) });
  const text = (rs: Reply[]) => rs.map((r) => (r.type === 'plan' ? renderPlanText(r.plan, r.view) : r.type === 'text' || r.type === 'question' ? r.text : '')).join('\n');
  const all = { ...REST, ...answers };
  await app.advisor.handle('t17', { kind: 'text', text: 'start' });
  let rs = await app.advisor.handle('t17', { kind: 'text', text: post });
  for (let i = 0; i < 20 && !rs.some((r) => r.type === 'plan'); i += 1) {
    const q = [...rs].reverse().find((r) => r.type === 'question');
    if (!q || q.type !== 'question') break;
    rs = await app.advisor.handle('t17', { kind: 'text', text: q.id === 'confirmProfile' ? 'yes' : all[q.id] ?? 'skip' });
  }
  const plan = text(rs);
  const after: string[] = [];
  for (const t of follow) after.push(text(await app.advisor.handle('t17', { kind: 'text', text: t })));
  app.close();
  return { plan, after };
}
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('class 2: an applicant who needs no visa has no visa filter, in words too', () => {
  it.each([
    ['a green-card holder in pediatrics, San Diego only', 'Pediatrics. Green card holder. Step 1 passed first try, Step 2 CK 244 first try, graduated 2021, 6 months hands-on in San Diego, 3 US letters, San Diego only.'],
    ['a US citizen writing in Spanish, family medicine in Orange County', 'soy ciudadana estadounidense, medicina familiar, step 1 aprobado al primer intento, CK 232 primer intento, me gradué en 2019, 4 meses hands-on en Orange County, solo Orange County'],
    ['an asylum seeker with a work permit, internal medicine in the Inland Empire', 'Internal medicine. I have an EAD work permit (asylum pending). Step 1 passed 1st attempt, CK 229 1st attempt, graduated 2018, 3 months hands-on in the Inland Empire, Inland Empire only'],
  ])('%s: the program list never says "your visa", and unknown programs lack a source on IMGs', async (_who, post) => {
    const { plan, after: [programs] } = await chat(post, {}, ['programs']);
    expect(plan).toMatch(/YOUR RESIDENCY PLAN/);
    const list = flat(programs!);
    expect(list).not.toMatch(/take[s]? your visa|\(your visa\)/);
    expect(list).toMatch(/take IMGs|takes IMGs/);
  });
});

describe('class 2: the J-1 gaps of our table never shape the counts', () => {
  it.each([
    ['IM first, FM backup, CK 224', 'IM with FM as backup, J1, step 1 pass first attempt, step 2 ck 224 first attempt, graduated 2020, 3 months observership in LA, LA and orange county'],
    ['FM first, IM backup (the table states J-1 at fewer FM programs)', 'family med first, internal med as my backup. J-1 visa. Step1 passed, CK 231 on first attempt, grad 2021, 5 months hands-on in San Diego, want San Diego or anywhere really'],
    ['pediatrics first, FM backup, visa either', 'peds, backup family medicine, either J1 or H1B works, step 1 passed 1st try, ck 229 1st try, graduated 2019, 4 months hands on LA county, anywhere in the US'],
  ])('%s: the first choice keeps its own full list and no count cites J-1 shares of our table', async (_who, post) => {
    const { after: [howMany] } = await chat(post, {}, ['how many programs should I apply to?']);
    const said = flat(howMany!);
    expect(said).not.toMatch(/evidence shows at \d+ of/);
    expect(said).not.toMatch(/programs show they take your visa/);
    expect(said).not.toMatch(/is your first choice, but/);
  });

  it('a J-1 applicant asking why an LA program is a reach is told its H-1B filings say nothing about J-1', async () => {
    const { after: [why] } = await chat('IM, need a J1 visa, step 1 passed on the 2nd try, CK 221 first try, graduated 2017, 3 months observership in LA, LA county only', {}, ['why is cedars a reach?']);
    expect(flat(why!)).toMatch(/H-1B filings do not show whether it takes J-1 residents/);
  });

  it('an H-1B applicant with Step 3 reads the same filings as evidence for their own route, without the J-1 aside', async () => {
    const { after: [why] } = await chat('IM, H1B only, step 1 passed first attempt, CK 246 first attempt, step 3 passed 228, graduated 2020, 6 months hands-on in LA, LA county only', {}, ['why cedars']);
    expect(flat(why!)).not.toMatch(/takes J-1 residents/);
  });
});

describe('class 4: a count the regions cannot hold says the constraint first, with the ways past it', () => {
  it('H-1B only in the Inland Empire, before submission: the regions lead the count line, and a J-1 is one way past them', async () => {
    const { plan } = await chat('FM. H-1B only please. step 1 passed first attempt, ck 236 first attempt, step 3 passed 221, graduated 2021, 6 months hands-on in riverside, inland empire only', { stage: 'preparing' }, [], '2026-08-10T12:00:00Z');
    const p = flat(plan);
    expect(p).toMatch(/Your regions hold only \d+ family medicine programs? open to you; your file calls for \d+–\d+\. Apply to (it|all \d+), then widen them, accept a J-1/);
    expect(p.indexOf('Your regions hold only')).toBeLessThan(p.indexOf('Your list:'));
  });

  it('J-1 neurology in Orange County only: the same constraint, without the J-1 way out', async () => {
    const { plan } = await chat('neurology, J1, step 1 passed first time, ck 247 first time, grad 2022, 4 months hands-on in orange county, only Orange County', { stage: 'preparing' }, [], '2026-08-10T12:00:00Z');
    const p = flat(plan);
    expect(p).toMatch(/Your regions hold only \d+ neurology programs? open to you/);
    expect(p).toMatch(/widen them or wait a season/);
    expect(p).not.toMatch(/accept a J-1/);
  });

  it('a citizen whose applications are in, LA County only: the full list is said with what the county holds', async () => {
    const { plan } = await chat('US citizen IMG, internal medicine, step 1 passed on the first try, CK 233 first try, graduated 2016, 2 months hands-on in LA, LA County only, applied to 30 programs in September, 1 interview so far', { stage: 'interviewing' }, []);
    expect(flat(plan)).toMatch(/but your regions hold only \d+ internal medicine programs open to you: to add more, widen them or wait a season/);
  });
});

describe('class 4: a season whose window has passed is said as timing, not as a file to strengthen', () => {
  it('a strong psychiatry file that needs a visa, still waiting on its ECFMG certificate in December', async () => {
    const { plan } = await chat('psychiatry, visa J1 or H1B either is fine, step 1 passed first attempt, step 2 CK 256 first attempt, step 3 passed 231, graduated 2022, 12 months hands-on in New York, 3 US letters, anywhere in the US', { stage: 'preparing', ecfmg: 'not yet, OET done, waiting on the certificate' }, []);
    const p = flat(plan);
    expect(p).toMatch(/Not this cycle: this season's application window has passed, so apply next season/);
    expect(p).not.toMatch(/strengthen your file/);
    // a strong file that needs a visa still counts only the programs that take it: never fewer than 60
    expect(p).toMatch(/If you apply anyway: (6|7|8|9)\d–\d+ programs/);
  });

  it('a competitive H-1B file with one US letter, preparing in January: the letters are named as what to finish by then', async () => {
    const { plan } = await chat('Internal Medicine, H1B, Step 1 passed 1st attempt, CK 250 1st attempt, Step 3 passed 232, graduated 2022, 6 months hands-on in Orange County, Orange County and San Diego', { stage: 'preparing', usLors: '1' }, [], '2027-01-12T12:00:00Z');
    const p = flat(plan);
    expect(p).toMatch(/Not this cycle: this season's application window has passed, so apply next season, with more US letters done by then/);
    expect(p).not.toMatch(/strengthen your file/);
  });

  it('a very weak file limited to California is still told to strengthen it first', async () => {
    const { plan } = await chat('IM. need j-1. step 1 failed once then passed, ck 208 on the second attempt, graduated 2012, no US clinical experience, LA county only', { stage: 'preparing', usce: 'none', usLors: '0' }, [], '2026-07-20T12:00:00Z');
    expect(flat(plan)).toMatch(/Not this cycle: strengthen your file and apply next season/);
  });
});
