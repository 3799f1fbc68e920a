import type { indicatorValueHistoryInput, indicatorValueHistoryOutput } from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { listValueEvents, sourceTitles } from '../repositories/indicator-view.repo';
import { hideUnreadableSources, requireRegionsInScope, requireSeenIndicator } from './indicator-access';

interface RecordedPayload {
  value: number | null;
  predicate: string | null;
  source: {
    kind: 'meeting' | 'evidence' | 'document' | 'note';
    meetingId?: string | null;
    actionItemId?: string | null;
    fileId?: string | null;
    note?: string | null;
  };
}

/** How one region's value for one period came to be: every recording of it, newest first. */
export async function valueHistory(
  ctx: Context,
  input: z.output<typeof indicatorValueHistoryInput>,
): Promise<z.output<typeof indicatorValueHistoryOutput>> {
  await requireSeenIndicator(ctx, input.indicatorId);
  await requireRegionsInScope(ctx, [input.regionCode], 'regionCode');
  const events = await listValueEvents(ctx.db, input);
  const payloads = events.map((event) => event.payload as unknown as RecordedPayload);
  const titles = await sourceTitles(
    ctx.db,
    payloads.flatMap((p) => (p.source.meetingId ? [p.source.meetingId] : [])),
    payloads.flatMap((p) => (p.source.actionItemId ? [p.source.actionItemId] : [])),
  );
  const titled = (titlesById: Map<string, string>, id: string | null | undefined) => {
    const title = id ? titlesById.get(id) : undefined;
    return id && title ? { id, title } : null;
  };
  const entries = events.map((event, i) => {
    const payload = payloads[i] as RecordedPayload;
    return {
      eventId: event.id,
      occurredAt: event.occurredAt.toISOString(),
      actorName: event.actorName,
      value: payload.value,
      predicate: payload.predicate,
      source: {
        kind: payload.source.kind,
        meeting: titled(titles.meetings, payload.source.meetingId),
        actionItem: titled(titles.actionItems, payload.source.actionItemId),
        fileId: payload.source.fileId ?? null,
        note: payload.source.note ?? null,
      },
    };
  });
  await hideUnreadableSources(
    ctx,
    entries.map((entry) => entry.source),
  );
  return { entries };
}
