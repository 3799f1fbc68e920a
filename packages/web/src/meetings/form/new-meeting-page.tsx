import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useTRPC } from '../../api/trpc';
import { RequirePermission } from '../../auth/not-allowed';
import { PageSkeleton } from '../../kit/load-states';
import { isUuid } from '../../lib/uuid';
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
      <FollowUpOrNewForm />
    </Stack>
  );
}

/**
 * `?lanjutanDari=<id>` ("Catat rapat lanjutan" on a meeting's page): the form starts as that
 * meeting's follow-up. A link to a meeting that cannot be read starts an ordinary form.
 */
function FollowUpOrNewForm() {
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const followsId = params.get('lanjutanDari');
  const valid = isUuid(followsId ?? undefined);
  const previous = useQuery({
    ...trpc.meetings.get.queryOptions({ id: followsId ?? '' }),
    enabled: valid,
  });
  if (valid && previous.isPending) return <PageSkeleton />;
  return <MeetingForm key={previous.data?.id ?? 'new'} follows={previous.data} />;
}
