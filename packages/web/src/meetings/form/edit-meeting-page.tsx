import { Alert, Button, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorCode, errorMessage } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { NotAllowed, RequirePermission } from '../../auth/not-allowed';
import { useMayChange } from '../../auth/use-authority';
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
      backTo={`/rapat/${id}`}
      backLabel={t('form.backToMeeting')}
    >
      <EditMeeting id={id} />
    </RequirePermission>
  );
}

function EditMeeting({ id }: { id: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // Always start editing from the stored version, not a cached copy that may be stale.
  const query = useQuery(trpc.meetings.get.queryOptions({ id }, { staleTime: 0, refetchOnMount: 'always' }));
  const mayChange = useMayChange('meeting', query.data?.homeRegionCodes ?? []);

  let body: ReactNode;
  if (query.isPending || (query.isFetching && !query.isFetchedAfterMount)) {
    body = <Skeleton height={400} aria-busy="true" aria-label={t('common.loading')} />;
  } else if (query.isError) {
    if (errorCode(query.error) === 'NOT_FOUND') return <MeetingNotFound />;
    body = (
      <Alert color="red" title={t('form.loadError')} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{errorMessage(query.error, t('common.networkError'))}</Text>
          <Button variant="white" color="red" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  } else if (!mayChange) {
    // Their role edits meetings, but this one is another office's (one they only attended).
    return (
      <NotAllowed
        body={t('meetingPage.readOnly', { office: query.data.host.name })}
        backTo={`/rapat/${id}`}
        backLabel={t('form.backToMeeting')}
      />
    );
  } else {
    // Keyed by id so the form's initial values come from this meeting, and only once.
    body = <MeetingForm key={query.data.id} meeting={query.data} />;
  }

  return <EditFrame>{body}</EditFrame>;
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
