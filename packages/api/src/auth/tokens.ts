import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session ids and one-time links. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as their SHA-256, so a copy of the database cannot be replayed. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
