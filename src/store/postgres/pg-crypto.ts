// Per-conversation sealing for PostgreSQL: a data key per conversation, wrapped by a key kept outside the database.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** The keys derived once from DATA_ENCRYPTION_KEY: one wraps data keys, one hashes ids and delivery keys. */
export interface PgKeys { wrap: Buffer; hash: Buffer }

/** Derives the wrapping and hashing keys (HKDF-SHA256) from the installation's key; the key itself is never stored. */
export function deriveKeys(master: Buffer): PgKeys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `match-advisor pg ${info}`, 32));
  return { wrap: derive('wrap v1'), hash: derive('hash v1') };
}

/** The keyed hash (HMAC-SHA256) under which an id or delivery key is stored: no platform id sits in the database. */
export const keyedHash = (keys: PgKeys, kind: 'conversation' | 'delivery', value: string): Buffer =>
  createHmac('sha256', keys.hash).update(`${kind}\0${value}`).digest();

/** The advisory-lock number of a conversation (first 8 bytes of its hash, as PostgreSQL's bigint). */
export const lockNumber = (idHash: Buffer): string => idHash.readBigInt64BE(0).toString();

/** AES-256-GCM with `aad` bound in: iv (12) | tag (16) | body. */
export function sealBytes(key: Buffer, plain: Buffer, aad: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Opens sealBytes' output; throws when the bytes, the key or the aad differ. */
export function openBytes(key: Buffer, sealed: Buffer, aad: Buffer): Buffer {
  if (sealed.length < 28) throw new Error('sealed value too short');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}

/** A fresh data key for one conversation, and its wrapped form (bound to the conversation's hash). */
export function newDataKey(keys: PgKeys, idHash: Buffer): { key: Buffer; wrapped: Buffer } {
  const key = randomBytes(32);
  return { key, wrapped: sealBytes(keys.wrap, key, idHash) };
}

/** Unwraps a conversation's data key; throws when the wrapped key is damaged or from another installation key. */
export const unwrapDataKey = (keys: PgKeys, idHash: Buffer, wrapped: Buffer): Buffer => openBytes(keys.wrap, wrapped, idHash);
