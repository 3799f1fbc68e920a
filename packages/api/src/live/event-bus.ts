import { EventEmitter, on } from 'node:events';
import type { LiveEvent } from '@tindak/shared';
import pg from 'pg';
import { EVENTS_CHANNEL } from '../events/record-event';

/** What recordEvent announces: the event, and for action items the regions the change touched. */
export type Announcement = LiveEvent & { regions?: (string | null)[] };

export interface LiveBus {
  /** Events as they are committed, until `signal` aborts or the bus closes. */
  listen(signal: AbortSignal | undefined): AsyncIterable<LiveEvent>;
  /** Called for every event, in order, before any page's stream sees it (caches drop what changed). */
  onEvent(handler: (event: Announcement) => void): void;
  /**
   * Changes whenever the LISTEN connection comes up or goes down; null while it is down. Whatever
   * was cached under an earlier epoch may have missed events.
   */
  epoch(): number | null;
  close(): Promise<void>;
}

/**
 * One LISTEN connection per API process, fanned out in memory to every open page of that process.
 * recordEvent's NOTIFY reaches every process on the database, so live updates work with several
 * API processes behind a load balancer. If the connection drops it reconnects; a page that missed
 * events in between catches up from the event log (the subscription resumes from its last id).
 */
export function createLiveBus(connectionString: string, onError: (error: Error) => void): LiveBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const closing = new AbortController();
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;
  let epoch = 0;

  const connect = async () => {
    const next = new pg.Client({ connectionString, application_name: 'tindak-live' });
    next.on('notification', (message) => {
      if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
      try {
        emitter.emit('event', JSON.parse(message.payload) as Announcement);
      } catch (error) {
        onError(error as Error);
      }
    });
    next.on('error', (error) => {
      onError(error);
      scheduleReconnect();
    });
    try {
      await next.connect();
      await next.query(`listen ${EVENTS_CHANNEL}`);
      client = next;
      epoch += 1;
    } catch (error) {
      onError(error as Error);
      scheduleReconnect();
    }
  };
  const scheduleReconnect = () => {
    client?.end().catch(() => {});
    client = null;
    epoch += 1;
    if (closing.signal.aborted || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, 2000);
  };
  void connect();

  return {
    async *listen(signal) {
      const stop = signal ? AbortSignal.any([signal, closing.signal]) : closing.signal;
      try {
        for await (const [event] of on(emitter, 'event', { signal: stop })) {
          // Pages get the event as the schema has it; regions are for this process's caches.
          const { regions: _regions, ...live } = event as Announcement;
          yield live;
        }
      } catch (error) {
        if ((error as Error).name !== 'AbortError') throw error;
      }
    },
    onEvent(handler) {
      emitter.prependListener('event', handler);
    },
    epoch: () => (client ? epoch : null),
    async close() {
      closing.abort();
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
