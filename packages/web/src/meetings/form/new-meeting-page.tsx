import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { MeetingForm } from './meeting-form';

export function NewMeetingPage() {
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
