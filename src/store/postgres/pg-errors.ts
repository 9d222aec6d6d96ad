// Turns PostgreSQL and connection failures into typed StoreErrors naming DATABASE_URL and the host (never the password).
import { StoreError } from '../turn-store.js';

/** Where the database is, as safe to print: host, port and database name, never user or password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    const db = decodeURIComponent(u.pathname.replace(/^\//, '')) || '(default database)';
    return `${u.hostname || 'localhost'}:${u.port || '5432'}/${db}`;
  } catch {
    return '(an address that could not be read)';
  }
}

const codeOf = (error: unknown) => String((error as { code?: unknown })?.code ?? '');

/** The StoreError for a failure talking to PostgreSQL at `where` (describeUrl's text); unknown errors are returned unchanged. */
export function pgStoreError(error: unknown, where: string): unknown {
  if (error instanceof StoreError) return error;
  const code = codeOf(error);
  const at = `the PostgreSQL server at ${where} (DATABASE_URL)`;
  if (['55P03', '40001', '40P01'].includes(code)) return new StoreError('BUSY', `${at} held this conversation longer than lock_timeout allows; try again in a moment.`, { cause: error });
  if (code === '53100') return new StoreError('FULL', `${at} is out of disk space; nothing was written. Free space on the database server.`, { cause: error });
  if (code === '25006') return new StoreError('READ_ONLY', `${at} accepts only reads (a standby or a read-only transaction); point DATABASE_URL at the primary.`, { cause: error });
  if (code === '28P01' || code === '28000') return new StoreError('UNAVAILABLE', `${at} refused the user name or password in DATABASE_URL; check them.`, { cause: error });
  if (code === '3D000') return new StoreError('UNAVAILABLE', `${at}: the database named in DATABASE_URL does not exist; create it or fix the name.`, { cause: error });
  if (code === '42501') return new StoreError('UNAVAILABLE', `${at}: the user in DATABASE_URL may not create or change the store's tables; grant it rights on the database.`, { cause: error });
  if (/^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|57P0[1-3]|08\d\d\d|25P03)$/.test(code) || /timeout|terminated|Connection terminated/i.test(String((error as Error)?.message))) {
    return new StoreError('UNAVAILABLE', `${at} could not be reached or closed the connection (${code || 'no answer'}); check that it is running and that DATABASE_URL names the right host and port.`, { cause: error });
  }
  return error;
}
