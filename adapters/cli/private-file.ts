// Files the terminal writes for the person (plan CSV, chart, data export): private, whole, never through a link.
import { constants } from 'node:fs';
import { lstat, open, rename, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Raised when the path exists but is a symbolic link or not a regular file; nothing was written. */
class NotRegularFileError extends Error {
  readonly code = 'NOT_REGULAR_FILE';
}

const errno = (e: unknown) => (e as NodeJS.ErrnoException).code;

/**
 * Writes `data` to `path` readable by the owner only (0600), whatever the old file's mode: it is written to a
 * new temporary file in the same folder (created exclusively, never following a link) and renamed over `path`.
 * A symbolic link or anything but a regular file at `path` is refused (NotRegularFileError) and left untouched.
 */
export async function writePrivateFile(path: string, data: string | Uint8Array): Promise<void> {
  const existing = await lstat(path).catch((e: unknown) => { if (errno(e) === 'ENOENT') return undefined; throw e; });
  if (existing && !existing.isFile()) throw new NotRegularFileError(`${path} is ${existing.isSymbolicLink() ? 'a link' : 'not a regular file'}`);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  try {
    await handle.writeFile(data);
    await handle.chmod(0o600); // whatever the umask did
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Deletes `path` if present (a link itself, never its target): 'deleted', 'absent', or the error code. */
export async function removeFile(path: string): Promise<'deleted' | 'absent' | string> {
  try {
    await unlink(path);
    return 'deleted';
  } catch (error) {
    return errno(error) === 'ENOENT' ? 'absent' : (errno(error) ?? 'unknown');
  }
}

/** A short reason for a failed write, for the sentence the person reads. */
export function whyNotWritten(error: unknown): string {
  if (error instanceof NotRegularFileError) return `${error.message}, so I did not write through it; remove it or run from another folder`;
  return errno(error) ?? (error as Error).message;
}
