import { EventEmitter, on } from 'node:events';
import type { LiveEvent } from '@tindak/shared';
import pg from 'pg';
import { EVENTS_CHANNEL } from '../events/record-event';

export interface LiveBus {
  /** Events as they are committed, until `signal` aborts or the bus closes. */
  listen(signal: AbortSignal | undefined): AsyncIterable<LiveEvent>;
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

  const connect = async () => {
    const next = new pg.Client({ connectionString, application_name: 'tindak-live' });
    next.on('notification', (message) => {
      if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
      try {
        emitter.emit('event', JSON.parse(message.payload) as LiveEvent);
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
    } catch (error) {
      onError(error as Error);
      scheduleReconnect();
    }
  };
  const scheduleReconnect = () => {
    client?.end().catch(() => {});
    client = null;
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
        for await (const [event] of on(emitter, 'event', { signal: stop })) yield event as LiveEvent;
      } catch (error) {
        if ((error as Error).name !== 'AbortError') throw error;
      }
    },
    async close() {
      closing.abort();
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
