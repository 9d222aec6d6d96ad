// Proves the guidance articles load and validate: all 33 topic ids exist with sound front matter, and bad files are reported by name.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleLoadError, countWords, loadArticles, parseFrontMatter } from '../../src/knowledge/articles.js';
import { fillFigures, withFigures } from '../../src/answers/figures.js';

const ARTICLES_DIR = fileURLToPath(new URL('../../knowledge/articles', import.meta.url));

const TOPIC_IDS = [
  'what-low-means', 'la-socal-harder', 'self-assessment', 'specialty-choice', 'step2ck-strategy',
  'step3-and-h1b', 'remediation-plan', 'explaining-fails', 'usce-hands-on', 'strong-us-letters',
  'la-connection', 'personal-statement', 'finding-img-friendly-programs', 'core-plus-extended-list',
  'apply-early-broadly', 'interview-score-questions', 'strengths-la-values', 'post-interview-communication',
  'language-skills', 'community-service', 'research', 'professionalism', 'after-not-matching', 'visa-basics',
  'california-licensure', 'graduation-year-recency', 'application-costs', 'signaling',
  'step2ck-target-and-timing', 'long-term-paths', 'one-year-tracks', 'h1b-new-petition-fee', 'match-calendar',
];

/** Articles added so answers can state what the guides say about common questions (issue 10). */
const ANSWER_IDS = ['retaking-a-passed-exam', 'j1-vs-h1b-in-practice', 'eras-before-letters', 'reach-target-safety', 'rank-list-length', 'work-authorization', 'j1-paperwork', 'ecfmg-certification', 'nrmp-match-fees',
  // topics the guides lack, written from official public pages (couples match, credit for training abroad, non-physician US jobs, DACA)
  'couples-match', 'non-physician-us-work', 'daca-residency'];

const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;
const DATA_FILE = /^shared\/data\/(?:[A-Za-z0-9_.-]+\/)?[A-Za-z0-9_.-]+\.(csv|md)$/;
/** A public page an article was written from, with its year or '(undated)' when the page gives none. */
const WEB_PAGE = /^https?:\/\/\S+(?: \([^)]+\))?$/;

function articleText(id: string, fields: Partial<Record<'title' | 'tags' | 'source' | 'section', string>>, body: string) {
  const lines = [`id: ${id}`];
  for (const [key, value] of Object.entries(fields)) lines.push(`${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

const longBody = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');

describe('the shipped articles', () => {
  const articles = loadArticles(ARTICLES_DIR);
  const byId = new Map(articles.map((a) => [a.id, a]));

  it('has exactly the 33 agreed topic ids and the 13 answer articles that fill the guides\' gaps', () => {
    expect([...byId.keys()].sort()).toEqual([...TOPIC_IDS, ...ANSWER_IDS].sort());
  });

  it('keeps every body between 150 and 450 words (the text shown; the hidden questions a passage answers do not count)', () => {
    for (const a of articles) {
      const words = countWords(a.body.replace(/<!--[\s\S]*?-->/g, ' '));
      expect(words, a.id).toBeGreaterThanOrEqual(150);
      expect(words, a.id).toBeLessThanOrEqual(450);
    }
  });

  it('names a seed guide, a shared data file or a public page as every source, and a section', () => {
    for (const a of articles) {
      for (const part of a.source.split(';').map((s) => s.trim())) {
        expect(SEED_FILE.test(part) || DATA_FILE.test(part) || WEB_PAGE.test(part), `${a.id}: ${part}`).toBe(true);
      }
      expect(a.section.length, a.id).toBeGreaterThan(0);
      expect(a.tags.length, a.id).toBeGreaterThan(0);
    }
  });

  it('only points readers ("see <id>") to articles that exist', () => {
    for (const a of articles) {
      for (const match of a.body.matchAll(/\bsee (?:the )?([a-z0-9]+(?:-[a-z0-9]+)+)/g)) {
        expect(byId.has(match[1] as string), `${a.id} refers to ${match[1]}`).toBe(true);
      }
    }
  });

  it('gives a year (or decade) in every article that draws figures from the data tables, figures filled in', () => {
    for (const a of withFigures(articles).filter((x) => /calibration_facts|specialty_stats|programs\.csv/.test(x.source))) {
      expect(/\b(19|20)\d{2}s?\b/.test(a.body), a.id).toBe(true);
    }
  });

  it('names only figures the data tables have, and a reply never shows a figure name', () => {
    expect(() => withFigures(articles)).not.toThrow();
    for (const a of withFigures(articles)) expect(a.body, a.id).not.toMatch(/\{\{/);
    expect(() => fillFigures('{{fig:ck.nowhere.mean}}', 'x')).toThrow(/unknown figure "ck.nowhere.mean"/);
    expect(fillFigures('IM {{fig:ck.internal_medicine.mean}} in {{fig:ck.year}}')).toBe('IM 249 in 2026');
  });
});

describe('parseFrontMatter', () => {
  it('reads plain, quoted and list values and keeps the body', () => {
    const parsed = parseFrontMatter('---\nid: x\ntitle: "A: quoted"\ntags: [a, "b c", d]\n---\nBody text.\n');
    expect(parsed).toEqual({ ok: true, fields: { id: 'x', title: 'A: quoted', tags: ['a', 'b c', 'd'] }, body: 'Body text.' });
  });

  it('reports a missing opening or closing line', () => {
    expect(parseFrontMatter('no front matter')).toMatchObject({ ok: false });
    expect(parseFrontMatter('---\nid: x\nbody without end')).toMatchObject({ ok: false });
  });
});

describe('loadArticles on a directory with problems', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'articles-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const good = { title: 'Good', tags: '[a, b]', source: '000_bace1aa4d561dc0d.txt', section: '"S"' };

  it('loads a valid article', () => {
    writeFileSync(join(dir, 'good.md'), articleText('good', good, longBody));
    expect(loadArticles(dir)).toEqual([
      { id: 'good', title: 'Good', tags: ['a', 'b'], source: '000_bace1aa4d561dc0d.txt', section: 'S', body: longBody },
    ]);
  });

  it('throws one error naming every bad file and every problem, and not the good file', () => {
    writeFileSync(join(dir, 'good.md'), articleText('good', good, longBody));
    writeFileSync(join(dir, 'no-title.md'), articleText('no-title', { ...good, title: '' }, longBody));
    writeFileSync(join(dir, 'wrong-id.md'), articleText('other-id', good, longBody));
    writeFileSync(join(dir, 'short.md'), articleText('short', good, 'Too short.'));
    writeFileSync(join(dir, 'broken.md'), 'just text, no front matter');
    writeFileSync(join(dir, 'typo-key.md'), articleText('typo-key', { ...good, tag: '[x]' } as never, longBody));

    let error: unknown;
    try {
      loadArticles(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArticleLoadError);
    const { problems, message } = error as ArticleLoadError;
    expect(problems.some((p) => p.startsWith('no-title.md: title'))).toBe(true);
    expect(problems.some((p) => p.startsWith('wrong-id.md: id must equal the file name'))).toBe(true);
    expect(problems.some((p) => p.startsWith('short.md: body'))).toBe(true);
    expect(problems.some((p) => p.startsWith('broken.md: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('typo-key.md: '))).toBe(true);
    expect(problems.some((p) => p.startsWith('good.md'))).toBe(false);
    for (const file of ['no-title.md', 'wrong-id.md', 'short.md', 'broken.md', 'typo-key.md']) {
      expect(message).toContain(file);
    }
  });

  it('refuses an empty directory', () => {
    expect(() => loadArticles(dir)).toThrow(/no \.md articles/);
  });
});
