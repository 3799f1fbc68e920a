import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../auth/not-allowed';
import { MeetingForm } from './meeting-form';

export function NewMeetingPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission
      permission="meeting.write"
      body={t('auth.notAllowedMeetingWrite')}
      backTo={pathTo('meetings')}
      backLabel={t('common.backToList')}
    >
      <NewMeeting />
    </RequirePermission>
  );
}

function NewMeeting() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('form.newTitle')} · ${t('app.name')}`);
  return (
    <Stack gap="md">
      <Title order={1} className="tindak-page-title">
        {t('form.newTitle')}
      </Title>
      <MeetingForm />
    </Stack>
  );
}
