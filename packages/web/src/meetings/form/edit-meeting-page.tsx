import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { MeetingDetail } from '@tindak/shared';
import { pathTo } from '@tindak/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useTRPC } from '../../api/trpc';
import { NotAllowed, RequirePermission } from '../../auth/not-allowed';
import { useMayChange } from '../../auth/use-authority';
import { RecordPage } from '../../kit/record-page';
import { isUuid } from '../../lib/uuid';
import { MeetingNotFound } from '../detail/meeting-page';
import { MeetingForm } from './meeting-form';

export function EditMeetingPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  if (!isUuid(id)) return <MeetingNotFound />;
  // Said before loading anything: the form would only end in the server's refusal.
  return (
    <RequirePermission
      permission="meeting.write"
      body={t('auth.notAllowedMeetingWrite')}
      backTo={pathTo('meeting', { id })}
      backLabel={t('form.backToMeeting')}
    >
      <EditMeeting />
    </RequirePermission>
  );
}

function EditMeeting() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  return (
    <RecordPage
      // Always start editing from the stored version, not a cached copy that may be stale.
      query={(id) => trpc.meetings.get.queryOptions({ id }, { staleTime: 0, refetchOnMount: 'always' })}
      fresh
      notFound={<MeetingNotFound />}
      loadErrorTitle={t('form.loadError')}
      frame={(content) => <EditFrame>{content}</EditFrame>}
    >
      {(meeting) => <EditableMeeting meeting={meeting} />}
    </RecordPage>
  );
}

function EditableMeeting({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const mayChange = useMayChange('meeting', meeting.homeRegionCodes);
  if (!mayChange) {
    // Their role edits meetings, but this one is another office's (one they only attended).
    return (
      <NotAllowed
        body={t('meetingPage.readOnly', { office: meeting.host.name })}
        backTo={pathTo('meeting', { id: meeting.id })}
        backLabel={t('form.backToMeeting')}
      />
    );
  }
  return (
    <EditFrame>
      {/* Keyed by id so the form's initial values come from this meeting, and only once. */}
      <MeetingForm key={meeting.id} meeting={meeting} />
    </EditFrame>
  );
}

/** The page around the form (or its loading and error states), with its title. */
function EditFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('form.editTitle')} · ${t('app.name')}`);
  return (
    <Stack gap="md">
      <Title order={1} className="tindak-page-title">
        {t('form.editTitle')}
      </Title>
      {children}
    </Stack>
  );
}
