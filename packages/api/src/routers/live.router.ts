import type { LiveEvent } from '@tindak/shared';
import { tracked } from '@trpc/server';
import { z } from 'zod';
import { sessionHolds } from '../auth/session.service';
import { sessionEnded, watchSession } from '../live/session-watch';
import { liveFilter } from '../live/visibility';
import { latestEventId, listEventsAfter } from '../repositories/event.repo';
import { protectedProcedure, router } from '../trpc';

/** How many missed events a reconnecting page may catch up on; beyond that it just refetches. */
const REPLAY_LIMIT = 200;

export const liveRouter = router({
  /**
   * Server-sent events: "this record changed". Resumable: the client sends the last id it saw and
   * gets what it missed from the event log before the live stream continues.
   */
  onChange: protectedProcedure
    .input(z.object({ lastEventId: z.coerce.number().int().min(0).nullish() }).optional())
    .subscription(async function* ({ ctx, input, signal }) {
      const bus = ctx.live;
      if (!bus) return;
      const visible = liveFilter(ctx, ctx.user);
      const token = ctx.sessionToken;
      // A caller without a session (the system, tests through createCaller) has nothing to lose.
      const session = watchSession(
        () => (token ? sessionHolds(ctx.db, token, ctx.auth.session) : Promise.resolve(true)),
        signal,
      );
      try {
        // Subscribe before replaying so nothing committed in between is lost (duplicates are harmless).
        const stream = bus.listen(session.signal)[Symbol.asyncIterator]();
        let lastId = input?.lastEventId ?? null;
        if (lastId !== null) {
          const missed = await listEventsAfter(ctx.db, lastId, REPLAY_LIMIT);
          for (const event of missed) {
            lastId = event.id;
            if (!(await visible(event))) continue;
            await session.require();
            yield tracked(String(event.id), event as LiveEvent);
          }
        } else {
          lastId = await latestEventId(ctx.db);
        }
        while (true) {
          const next = await stream.next();
          if (next.done) break;
          const event = next.value;
          if (event.id <= (lastId ?? 0)) continue;
          lastId = event.id;
          if (!(await visible(event))) continue;
          await session.require();
          yield tracked(String(event.id), event);
        }
        if (session.lost) throw sessionEnded();
      } finally {
        session.stop();
      }
    }),
});
