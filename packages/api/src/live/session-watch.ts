import { TRPCError } from '@trpc/server';
import { DomainError } from '../errors';

/** How often an open stream re-checks its session while no event comes its way. */
export const SESSION_RECHECK_MS = 30_000;

export interface SessionWatch {
  /** Aborts when the stream's own signal does, when a periodic check finds the session gone, or at stop(). */
  signal: AbortSignal;
  /** Before an event is delivered: throws UNAUTHORIZED once the session no longer holds. */
  require(): Promise<void>;
  /** Whether a check found the session gone. */
  readonly lost: boolean;
  stop(): void;
}

/** What ends a stream whose session did: UNAUTHORIZED, which the subscription link does not retry. */
export function sessionEnded(): TRPCError {
  const cause = new DomainError('UNAUTHORIZED', 'notSignedIn');
  return new TRPCError({ code: 'UNAUTHORIZED', message: cause.messageKey, cause });
}

/**
 * Keeps a live-update stream tied to the session that opened it. A stream outlives the request
 * that was authenticated, so the session is checked again before every event the stream delivers
 * (a sign-out or a deactivation announces an event to the user's own streams, which is checked
 * first) and every SESSION_RECHECK_MS, which catches a session that expired or went idle while
 * nothing happened.
 */
export function watchSession(holds: () => Promise<boolean>, signal: AbortSignal | undefined): SessionWatch {
  const ended = new AbortController();
  let lost = false;
  const timer = setInterval(() => {
    holds().then(
      (ok) => {
        if (ok) return;
        lost = true;
        ended.abort();
      },
      // A failed check (database unreachable) decides nothing; the next one will.
      () => {},
    );
  }, SESSION_RECHECK_MS);
  timer.unref();
  // Ending the watch also ends whatever listens on its signal (the stream's subscription to the bus).
  const stop = () => {
    clearInterval(timer);
    ended.abort();
  };
  signal?.addEventListener('abort', stop, { once: true });
  return {
    signal: signal ? AbortSignal.any([signal, ended.signal]) : ended.signal,
    async require() {
      if (lost || !(await holds())) {
        lost = true;
        throw sessionEnded();
      }
    },
    get lost() {
      return lost;
    },
    stop,
  };
}
