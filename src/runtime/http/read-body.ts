// Reads a request body as raw bytes (signatures are checked over the exact bytes), refusing bodies over a limit.
import type { IncomingMessage } from 'node:http';

/** Thrown when a body is larger than allowed; the caller answers 413. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) { super(`request body over ${limit} bytes`); this.name = 'BodyTooLargeError'; }
}

/** The whole body as one Buffer; rejects with BodyTooLargeError past `limit` bytes (and stops reading). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
