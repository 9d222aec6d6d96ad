// Optional encryption at rest of stored conversation state (AES-256-GCM with a key from the environment).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Turns stored text into sealed text and back. */
export interface Sealer {
  seal(plain: string): string;
  open(stored: string): string;
  readonly encrypted: boolean;
}

/** How a sealed record begins. */
export const SEALED_PREFIX = 'aesgcm1:';
const PREFIX = SEALED_PREFIX;

/** A typed failure: the record is sealed and cannot be opened with this key (or without one). */
export class SealError extends Error {
  readonly code = 'SEAL_OPEN_FAILED';
}

/** Parses a 32-byte key given as 64 hex characters or base64; undefined when the text is not such a key. */
export function parseKey(text: string): Buffer | undefined {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, 'hex');
  const b = Buffer.from(t, 'base64');
  return b.length === 32 && /^[A-Za-z0-9+/]+={0,2}$/.test(t) ? b : undefined;
}

/** With a key, seals with a fresh random IV per write; without one, stores plain text. Plain records still open. */
export function createSealer(key?: Buffer): Sealer {
  return {
    encrypted: Boolean(key),
    seal(plain) {
      if (!key) return plain;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(stored) {
      if (!stored.startsWith(PREFIX)) return stored;
      if (!key) throw new SealError('stored state is encrypted; set DATA_ENCRYPTION_KEY to read it');
      try {
        const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch {
        throw new SealError('stored state could not be decrypted with DATA_ENCRYPTION_KEY');
      }
    },
  };
}
