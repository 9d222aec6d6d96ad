import { describe, expect, it } from 'vitest';
import { sourceNote } from '../../src/answers/program-visa.js';
import type { Program } from '../../src/knowledge/import/program-schema.js';

// A row whose first address is a list gathered by others and whose second is the program's own page.
const row = (sourceUrls: string[], asOf: number | null = 2023) => ({ sourceUrls, asOf }) as unknown as Program;

describe('a program fact names the page a user can open, not a list gathered by others', () => {
  it('names the program’s own site when the row has one after a GitHub list', () => {
    const note = sourceNote(row(['https://github.com/someone/lists/blob/abc/programs.js', 'https://www.stmarymed.com/?page_id=87']));
    expect(note).toBe('stmarymed.com, as of 2023');
  });
  it('says a GitHub list is a secondary source when it is all the row has, and never prints its path', () => {
    const note = sourceNote(row(['https://github.com/someone/lists/blob/abc/programs.js'], null));
    expect(note).toBe('a list on GitHub (github.com), a secondary source, undated');
    expect(note).not.toMatch(/blob|\.js/);
  });
  it('keeps the first own page when there are several', () => {
    expect(sourceNote(row(['https://gme.ucr.edu/apply', 'https://github.com/x/y']))).toBe('gme.ucr.edu, as of 2023');
  });
});
