// A small stderr logger: event names and codes only, never user text or secrets; CR/LF escaped.

/** Log levels in increasing severity. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Writes one line per event; fields must never hold personal data (scores, visa, free text). */
export interface Logger {
  debug(event: string, fields?: Record<string, string | number | boolean>): void;
  info(event: string, fields?: Record<string, string | number | boolean>): void;
  warn(event: string, fields?: Record<string, string | number | boolean>): void;
  error(event: string, fields?: Record<string, string | number | boolean>): void;
}

const clean = (v: string | number | boolean) => String(v).replace(/\r/g, '\\r').replace(/\n/g, '\\n').slice(0, 300);

/** A logger writing `level event key=value` lines to the given sink (stderr by default). */
export function createLogger(level: LogLevel = 'info', sink: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  const at = (lvl: Exclude<LogLevel, 'silent'>) => (event: string, fields: Record<string, string | number | boolean> = {}) => {
    if (ORDER[lvl] < ORDER[level]) return;
    const kv = Object.entries(fields).map(([k, v]) => `${k}=${clean(v)}`).join(' ');
    sink(`${lvl} ${clean(event)}${kv ? ` ${kv}` : ''}`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
