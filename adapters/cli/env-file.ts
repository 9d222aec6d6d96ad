// Reads the settings file `.env` from the current folder before anything else looks at the environment.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Loads `<dir>/.env` into process.env when it exists. Precedence: a variable already set in the real
 * environment wins over `.env`, and `.env` wins over the built-in defaults. Never throws: an unreadable file
 * or a Node without process.loadEnvFile (before 20.12) gives one line on stderr and the environment alone.
 * Returns the file read, or undefined.
 */
export function loadDotEnv(dir: string, warn: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): string | undefined {
  const path = resolve(dir, '.env');
  const load = (process as { loadEnvFile?: (path: string) => void }).loadEnvFile;
  if (typeof load !== 'function') {
    if (existsSync(path)) warn(`note: Node ${process.version} cannot read ${path} (Node 20.12 or later can); using the environment only.`);
    return undefined;
  }
  try {
    load.call(process, path);
    return path;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    warn(`note: could not read ${path} (${code ?? (error as Error).message}); using the environment only.`);
    return undefined;
  }
}
