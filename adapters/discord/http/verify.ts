// Discord's request signature: Ed25519 over timestamp + raw body, checked with node:crypto; stale timestamps refused.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** The DER header of an Ed25519 public key in SubjectPublicKeyInfo form; the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** How far a request's timestamp may be from our clock, either way (seconds), before it counts as a replay. */
const MAX_SKEW_SECONDS = 300;

/** The application's public key (64 hex characters from the Developer Portal) as a key object, or undefined when malformed. */
export function publicKeyFrom(hex: string): KeyObject | undefined {
  const clean = hex.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(clean)) return undefined;
  try {
    return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(clean, 'hex')]), format: 'der', type: 'spki' });
  } catch {
    return undefined;
  }
}

/** Why a request was refused, or 'ok'. */
export type Verdict = 'ok' | 'missing_headers' | 'bad_signature' | 'stale';

/**
 * Checks `X-Signature-Ed25519` over `X-Signature-Timestamp` + the raw body bytes; a timestamp more than
 * MAX_SKEW_SECONDS from `nowMs` is refused even when signed (a captured request cannot be replayed later).
 */
export function verifyRequest(key: KeyObject, signature: string | undefined, timestamp: string | undefined, body: Buffer, nowMs: number): Verdict {
  if (!signature || !timestamp || !/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) return 'missing_headers';
  let valid = false;
  try {
    valid = verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    valid = false;
  }
  if (!valid) return 'bad_signature';
  return Math.abs(Number(timestamp) - Math.floor(nowMs / 1000)) > MAX_SKEW_SECONDS ? 'stale' : 'ok';
}
