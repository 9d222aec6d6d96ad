// One way to find a knowledge file: in KNOWLEDGE_DIR when it is set, else in the bundled knowledge/ folder; never
// a mix of the two (a file missing from an operator's folder is an error naming it, not a silent bundled copy).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the bundled knowledge files live (the repository's knowledge/ folder). */
export const BUNDLED_KNOWLEDGE = resolve(new URL('../../knowledge', import.meta.url).pathname);

/** The knowledge folder an environment selects: KNOWLEDGE_DIR when set and not empty, else the bundled one. */
export function knowledgeDirOf(env: { KNOWLEDGE_DIR?: string | undefined }): string {
  const dir = env.KNOWLEDGE_DIR;
  return dir !== undefined && dir !== '' ? dir : BUNDLED_KNOWLEDGE;
}

/**
 * Reads and parses one JSON file (a path relative to the knowledge folder) from the folder `env` selects, the same
 * folder the runtime's configuration uses; throws one error naming the file when it is missing or not JSON.
 */
export function readKnowledgeJson(name: string, env: { KNOWLEDGE_DIR?: string | undefined } = process.env): unknown {
  const dir = knowledgeDirOf(env);
  const path = join(dir, name);
  if (!existsSync(path)) {
    throw new Error(`The knowledge folder ${dir} (KNOWLEDGE_DIR) has no ${name}; copy it from the bundled knowledge/ folder.`);
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}
