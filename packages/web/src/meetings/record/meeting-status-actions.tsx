import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type MeetingAction, type MeetingDetail, meetingStatusInput } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useMayChange } from '../../auth/use-authority';
import { useLanguage } from '../../i18n/use-language';
import { schemaErrors } from '../../kit/form/validate';
import { type StatusActionSpec, StatusActions } from '../../kit/status-actions';
import { parseMeetingDetail } from '../form/shown-paths';

/**
 * The lifecycle buttons the server allows for this meeting now ("Tandai terlaksana", "Tunda", ...),
 * for those who may change this meeting.
 */
export function MeetingStatusActions({ meeting }: { meeting: MeetingDetail }) {
  const mayChange = useMayChange('meeting', meeting.homeRegionCodes);
  if (!mayChange) return null;
  return <MeetingStatusButtons meeting={meeting} />;
}

function MeetingStatusButtons({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setStatus = useMutation(trpc.meetings.setStatus.mutationOptions());

  const all: Record<MeetingAction, StatusActionSpec<MeetingAction>> = {
    markHeld: {
      action: 'markHeld',
      label: t('meetingRecord.status.markHeld'),
      title: t('meetingRecord.status.markHeldTitle'),
      explain: t('meetingRecord.status.markHeldExplain'),
      confirmLabel: t('meetingRecord.status.markHeldConfirm'),
      color: 'teal',
      done: t('meetingRecord.status.markHeldDone'),
    },
    postpone: {
      action: 'postpone',
      label: t('meetingRecord.status.postpone'),
      title: t('meetingRecord.status.postponeTitle'),
      text: { path: 'reason', label: t('meetingRecord.status.postponeReason'), required: true },
      confirmLabel: t('meetingRecord.status.postponeConfirm'),
      color: 'orange',
      done: t('meetingRecord.status.postponeDone'),
    },
    reschedule: {
      action: 'reschedule',
      label: t('meetingRecord.status.reschedule'),
      title: t('meetingRecord.status.rescheduleTitle'),
      explain: t('meetingRecord.status.rescheduleExplain'),
      text: { path: 'reason', label: t('meetingRecord.status.rescheduleNote'), required: false },
      confirmLabel: t('meetingRecord.status.rescheduleConfirm'),
      done: t('meetingRecord.status.rescheduleDone'),
    },
    cancel: {
      action: 'cancel',
      label: t('meetingRecord.status.cancel'),
      title: t('meetingRecord.status.cancelTitle'),
      explain: t('meetingRecord.status.cancelExplain'),
      text: { path: 'reason', label: t('meetingRecord.status.cancelReason'), required: true },
      confirmLabel: t('meetingRecord.status.cancelConfirm'),
      color: 'red',
      done: t('meetingRecord.status.cancelDone'),
    },
  };
  const specs = meeting.allowedActions.map((action) => all[action]);
  const input = (action: MeetingAction, reason: string) => ({
    id: meeting.id,
    version: meeting.version,
    action,
    reason,
  });

  return (
    <StatusActions
      label={t('meetingRecord.status.group')}
      specs={specs}
      validate={(action, values) => schemaErrors(meetingStatusInput, input(action, values.text), lang)}
      run={async (action, values) => {
        const saved = await setStatus.mutateAsync(input(action, values.text));
        queryClient.setQueryData(trpc.meetings.get.queryKey({ id: saved.id }), saved);
        void queryClient.invalidateQueries({ queryKey: trpc.meetings.list.pathKey() });
      }}
      parseCurrent={parseMeetingDetail}
      onReload={(current) =>
        queryClient.setQueryData(trpc.meetings.get.queryKey({ id: current.id }), current)
      }
      notSavedTitle={t('meetingRecord.status.notChanged')}
    />
  );
}
