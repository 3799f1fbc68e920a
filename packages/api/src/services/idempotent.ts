import { isUniqueViolation } from '../errors';

/**
 * Runs `create` at most once per idempotency key: a retried request (same key) gets the row the
 * first one made, including when both arrive at the same moment and one loses the unique index race.
 */
export async function createOnce(
  key: string | undefined,
  findByKey: (key: string) => Promise<string | undefined>,
  create: () => Promise<string>,
): Promise<{ id: string; created: boolean }> {
  if (key) {
    const existing = await findByKey(key);
    if (existing) return { id: existing, created: false };
  }
  try {
    return { id: await create(), created: true };
  } catch (error) {
    if (
      key &&
      isUniqueViolation(error) &&
      String((error as { constraint?: string }).constraint).endsWith('idempotency_key_key')
    ) {
      const existing = await findByKey(key);
      if (existing) return { id: existing, created: false };
    }
    throw error;
  }
}
