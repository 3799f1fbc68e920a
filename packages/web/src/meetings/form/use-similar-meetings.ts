import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeetingSummary } from '@tindak/shared';
import { useMemo } from 'react';
import { useTRPC } from '../../api/trpc';
import { type MeetingFormValues, similarityKey } from './form-values';

const NO_KEY = {
  type: 'lainnya',
  startsAt: '1970-01-01T00:00:00.000Z',
  hostOrganizationId: '00000000-0000-4000-8000-000000000000',
} as const;

/**
 * Meetings already recorded (that the person may read) with the same type, host and start day as
 * the one being logged: asked as soon as those three are filled in, so the answer is there when
 * the person saves. Empty while they are not, or when the check could not be made.
 */
export function useSimilarMeetings(values: MeetingFormValues, enabled: boolean): MeetingSummary[] {
  const trpc = useTRPC();
  const { type, startDate, timeZone, hostOrganizationId } = values;
  // Only these four matter: not recomputed on every keystroke elsewhere in the form.
  const key = useMemo(
    () => (enabled ? similarityKey({ ...values, type, startDate, timeZone, hostOrganizationId }) : null),
    [enabled, type, startDate, timeZone, hostOrganizationId],
  );
  const similar = useQuery(
    trpc.meetings.similar.queryOptions(key ?? NO_KEY, {
      enabled: key !== null,
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    }),
  );
  return key && similar.data ? similar.data : [];
}

/**
 * The same question asked at "Simpan", answered from the cache when the form already asked it: the
 * warning must not depend on whether the live answer arrived before the click. A check that cannot
 * be made does not stop the save.
 */
export function useFindSimilarMeetings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async (values: MeetingFormValues): Promise<MeetingSummary[]> => {
    const key = similarityKey(values);
    if (!key) return [];
    try {
      return await queryClient.fetchQuery(trpc.meetings.similar.queryOptions(key, { staleTime: 30_000 }));
    } catch {
      return [];
    }
  };
}
