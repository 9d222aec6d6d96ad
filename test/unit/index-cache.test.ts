// The retrieval index kept between starts: served when nothing changed, rebuilt when stale or unreadable.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedIndex, isPlainData } from '../../src/knowledge/index-cache.js';
import { loadArticles } from '../../src/knowledge/articles.js';
import { askIndex, buildRetrievalIndex } from '../../src/answers/retrieval.js';

const ARTICLES = loadArticles(new URL('../../knowledge/articles', import.meta.url).pathname);

describe('a cached index', () => {
  let db: Database.Database;
  let builds: number;
  const build = (articles = ARTICLES) => () => { builds++; return buildRetrievalIndex(articles); };
  beforeEach(() => { db = new Database(':memory:'); builds = 0; });
  afterEach(() => db.close());

  it('is built on the first start and read back on the next, answering exactly as a fresh one', () => {
    expect(cachedIndex(db, 'retrieval', ARTICLES, build()).outcome).toBe('missing');
    const again = cachedIndex(db, 'retrieval', ARTICLES, build());
    expect(again.outcome).toBe('hit');
    expect(builds).toBe(1);
    const fresh = buildRetrievalIndex(ARTICLES);
    expect(again.index.idf).toBeInstanceOf(Map);
    for (const q of ['do i need step 3 for h1b', 'how do I explain a step 1 fail?', 'obsrvership enough?', 'what is the weather in paris']) {
      expect(askIndex(again.index, q)).toEqual(askIndex(fresh, q));
    }
  });

  it('is rebuilt when an article changes', () => {
    cachedIndex(db, 'retrieval', ARTICLES, build());
    const edited = ARTICLES.map((a, i) => (i === 0 ? { ...a, body: `${a.body}\n\nA new paragraph about observerships.` } : a));
    const next = cachedIndex(db, 'retrieval', edited, build(edited));
    expect(next.outcome).toBe('stale');
    expect(builds).toBe(2);
    expect(cachedIndex(db, 'retrieval', edited, build(edited)).outcome).toBe('hit');
  });

  it('is rebuilt, not trusted, when the stored copy cannot be read', () => {
    cachedIndex(db, 'retrieval', ARTICLES, build());
    db.prepare("UPDATE kb_cache SET data = X'00FF00' WHERE name = 'retrieval'").run();
    const next = cachedIndex(db, 'retrieval', ARTICLES, build());
    expect(next.outcome).toBe('unreadable');
    expect(askIndex(next.index, 'do i need step 3 for h1b').found).toBe(true);
    expect(cachedIndex(db, 'retrieval', ARTICLES, build()).outcome).toBe('hit');
  });

  it('still builds when the database refuses the cache table', () => {
    db.pragma('query_only = ON');
    const next = cachedIndex(db, 'retrieval', ARTICLES, build());
    expect(next.outcome).toBe('unreadable');
    expect(askIndex(next.index, 'do i need step 3 for h1b').found).toBe(true);
  });

  it('keeps nothing that would not come back the same (functions, class instances)', () => {
    class Scorer { score() { return 1; } }
    expect(isPlainData({ a: new Map([['x', [1, 2, { b: new Set(['y']) }]]]) })).toBe(true);
    expect(isPlainData({ f: () => 1 })).toBe(false);
    expect(isPlainData({ s: new Scorer() })).toBe(false);
    expect(isPlainData(new Map([['k', Buffer.from('x')]]))).toBe(false);
    cachedIndex(db, 'odd', 1, () => ({ s: new Scorer() }));
    expect(cachedIndex(db, 'odd', 1, () => ({ s: new Scorer() })).outcome).toBe('missing');
  });
});
