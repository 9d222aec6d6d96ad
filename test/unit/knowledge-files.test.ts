// Proves there is one way to load knowledge: weights, calendar, synonyms and refusal classes come from
// KNOWLEDGE_DIR when it is set, like flow, articles, rules and programs, and a missing file is named, not mixed in.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUNDLED_KNOWLEDGE, knowledgeDirOf, readKnowledgeJson } from '../../src/knowledge/knowledge-files.js';
import { readCoreConfig } from '../../src/runtime/config.js';

const folders: string[] = [];
function operatorFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  folders.push(dir);
  cpSync(BUNDLED_KNOWLEDGE, dir, { recursive: true });
  return dir;
}
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  for (const d of folders.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('one way to load knowledge', () => {
  it('the configuration and the file loader pick the same folder', () => {
    const dir = operatorFolder();
    expect(knowledgeDirOf({})).toBe(BUNDLED_KNOWLEDGE);
    const read = readCoreConfig({ KNOWLEDGE_DIR: dir });
    expect(read.ok && read.config.knowledgeDir).toBe(dir);
    expect(knowledgeDirOf({ KNOWLEDGE_DIR: dir })).toBe(dir);
  });

  it('a file missing from the operator\'s folder is an error that names it, never the bundled copy', () => {
    const dir = operatorFolder();
    rmSync(join(dir, 'synonyms.json'));
    expect(() => readKnowledgeJson('synonyms.json', { KNOWLEDGE_DIR: dir })).toThrow(/has no synonyms\.json/);
  });

  it('a file that is not JSON is named', () => {
    const dir = operatorFolder();
    writeFileSync(join(dir, 'match-calendar.json'), '{ not json');
    expect(() => readKnowledgeJson('match-calendar.json', { KNOWLEDGE_DIR: dir })).toThrow(/match-calendar\.json is not valid JSON/);
  });

  it('strength weights, the calendar, synonyms and refusal classes are read from KNOWLEDGE_DIR', async () => {
    const dir = operatorFolder();
    const synonyms = readKnowledgeJson('synonyms.json', { KNOWLEDGE_DIR: dir }) as Record<string, unknown>;
    const calendar = readKnowledgeJson('match-calendar.json', { KNOWLEDGE_DIR: dir }) as { cycles: unknown[] };
    const scope = readKnowledgeJson('answers/out-of-scope.json', { KNOWLEDGE_DIR: dir }) as { topics: unknown[] };
    expect(Object.keys(synonyms).length).toBeGreaterThan(0);
    expect(calendar.cycles.length).toBeGreaterThan(0);
    expect(scope.topics.length).toBeGreaterThan(0);

    // the modules read their file once at load: load them afresh with the operator's folder selected
    vi.stubEnv('KNOWLEDGE_DIR', dir);
    for (const [file, module] of [['match-calendar.json', '../../src/knowledge/calendar.js'], ['strength-weights.json', '../../src/knowledge/strength-weights.js'],
      ['synonyms.json', '../../src/answers/retrieval.js'], ['answers/out-of-scope.json', '../../src/answers/scope.js']] as const) {
      vi.resetModules();
      await expect(import(module)).resolves.toBeDefined();
      rmSync(join(dir, file));
      vi.resetModules();
      await expect(import(module), file).rejects.toThrow(`has no ${file}`);
    }
  });
});
