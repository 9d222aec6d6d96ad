// Trial 14, class 3, as a person types it after the plan: "what about FM as a backup?" is answered from the asker's own
// standing, count and cost in that specialty (never the national figures alone), and "does Kaiser take IMGs?" from where
// each program of that name stands in the asker's plan (never "our guides do not cover a program's preferences").
import { describe, expect, it } from 'vitest';
import { chatWithApp } from '../helpers/app-chat.js';
import { backupAsked } from '../../src/answers/backup-mix.js';

const chat = (lines: string[]) => chatWithApp('t14f', lines);

describe('a backup weighed for the asker, from their own file', () => {
  it.each([
    ['what about FM as a backup?', 'family_medicine'],
    ['would psych work as my plan B', 'psychiatry'],
    ['thinking peds as a fallback, good idea?', 'pediatrics'],
    ['neuro as second choice?', 'neurology'],
  ])('"%s" weighs %s as the backup', (q, s) => {
    expect(backupAsked(q)?.specialties).toEqual([s]);
  });
  it.each([
    'how do I choose a backup specialty?',
    'do IMGs usually pick FM as a backup?',
    'my friend took psych as backup, was that smart?',
  ])('not the asker\'s own backup: "%s"', (q) => {
    expect(backupAsked(q)).toBeUndefined();
  });
  it('an Indian IM applicant on a J-1 asks about FM: their FM standing and FM count, not the national table', async () => {
    const [, , said] = await chat(['start', 'internal medicine, J-1, step 1 first try, CK 228 first attempt, graduated 2021, 2 months observership at Cedars', 'what about FM as a backup?']);
    expect(said).toMatch(/Family medicine as your backup/);
    expect(said).toMatch(/family medicine: \w+( \w+)? standing \(\d+\/100\) → \d+–\d+/);
    expect(said).not.toMatch(/^Current figures/m);
  });
  it('a Colombian neurology applicant asks whether FM would do as plan B: the same, in their own figures', async () => {
    const [, , said] = await chat(['start', 'neurology, J1 or H1B whatever works, step 1 passed first time, ck 247, graduated 2020', 'is family medicine ok as my plan b?']);
    expect(said).toMatch(/family medicine: \w+( \w+)? standing \(\d+\/100\)/);
  });
});

describe('whether a named program takes IMGs, from the asker\'s plan', () => {
  it('a psychiatry applicant hears each Kaiser program with where it stands for them', async () => {
    const [, , asked, rumour] = await chat(['start', 'psychiatry, green card, step 1 first try, CK 241 first attempt, graduated 2022, 4 months hands-on in LA', 'does kaiser take IMGs?', 'a senior told me kaiser won\'t accept foreign grads, true??']);
    for (const said of [asked, rumour]) {
      expect(said).toMatch(/Kaiser Permanente Southern California Program \(psychiatry, Fontana\): (a (reach|target|safety) for you|check first|closed)/);
      expect(said).toMatch(/GME page/);
      expect(said).not.toMatch(/will not guess/);
    }
  });
  it('one named program: its own tier and reasons', async () => {
    const [, , said] = await chat(['start', 'IM, green card, step 1 first try, ck 250, graduated 2023', 'is harbor ucla IMG friendly?']);
    expect(said).toMatch(/Harbor-UCLA Medical Center Program is (a (reach|target|safety)|not on your list|not a reach)/);
  });
});
