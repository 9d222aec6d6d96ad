// Loads and validates the interview flow from knowledge/flow.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFlow, type Flow } from '../engine/flow.js';

/** Reads `<knowledgeDir>/flow.json`; throws one error listing every problem. */
export function loadFlow(knowledgeDir: string): Flow {
  const path = join(knowledgeDir, 'flow.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the interview flow at ${path}: ${(error as Error).message}`);
  }
  return parseFlow(data);
}
