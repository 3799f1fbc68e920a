import type { AppRouter } from '@tindak/api';
import type { FieldIssue } from '@tindak/shared';
import { isTRPCClientError, type TRPCClientError } from '@trpc/client';

export type ApiError = TRPCClientError<AppRouter>;

export function asApiError(error: unknown): ApiError | null {
  return isTRPCClientError<AppRouter>(error) ? error : null;
}

/** True when the server answered (with a translated message); false for a dropped or refused connection. */
export function isServerAnswer(error: unknown): error is ApiError {
  return asApiError(error)?.data !== undefined;
}

export function errorCode(error: unknown): string | undefined {
  return asApiError(error)?.data?.code;
}

export function fieldIssues(error: unknown): FieldIssue[] {
  return asApiError(error)?.data?.issues ?? [];
}

/**
 * A message a person can act on: the server's own words (already in their language) when it
 * answered, otherwise the fallback (usually "cannot reach the server").
 */
export function errorMessage(error: unknown, fallback: string): string {
  return isServerAnswer(error) && error.message ? error.message : fallback;
}
