import '../kit/prose.css';
import { Anchor, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type DomainEventView, pathTo } from '@tindak/shared';
import type { ComponentProps, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionItemsSection } from '../action-items/linked/linked-action-items';
import { ReadOnlyNote } from '../auth/read-only-note';
import { EventTimeline } from '../kit/event-timeline';
import { RecordSection, TextOrNone } from '../kit/record-section';
import { type RecordKind, recordIdPrefix } from './record-kind';
import { useOpenWithFocus } from './use-open-with-focus';

interface RecordPageLayoutProps {
  kind: RecordKind;
  record: { title: string; description: string | null; history: DomainEventView[] };
  /** The meeting the way back leads to (one the reader may read); the meetings list without one. */
  backTo: { id: string; title: string } | null;
  /** The reader's authority over the record (from `useRecordAuthority`). */
  authority: { change: boolean; readOnly: boolean };
  /** Whether the record can still change (its status is not final). */
  open: boolean;
  badges: ReactNode;
  /** Between the heading and the details, e.g. "Ikuti". */
  beforeDetails?: ReactNode;
  details: ReactNode;
  editForm: (close: () => void) => ReactNode;
  statusActions: ReactNode;
  /** Sections after the description, e.g. the meetings and commitments of a proposal. */
  children?: ReactNode;
  actionItems: Omit<ComponentProps<typeof ActionItemsSection>, 'headingId'>;
}

/**
 * The page of a proposal or a commitment: the way back to its meeting, its kind, title and status,
 * its details (or the form that edits them), status actions for those who may change it, the
 * description, the follow-ups made from it and its history.
 */
export function RecordPageLayout({
  kind,
  record,
  backTo,
  authority,
  open,
  badges,
  beforeDetails,
  details,
  editForm,
  statusActions,
  children,
  actionItems,
}: RecordPageLayoutProps) {
  const { t } = useTranslation();
  useDocumentTitle(`${record.title} · ${t('app.name')}`);
  const editing = useOpenWithFocus();
  const name = recordIdPrefix[kind];
  const editable = authority.change && open;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        {backTo ? (
          <Anchor
            component={Link}
            to={pathTo('meeting', { id: backTo.id })}
            size="sm"
            className="tindak-wrap"
          >
            ← {t('proposals.page.backToMeeting', { title: backTo.title })}
          </Anchor>
        ) : (
          <Anchor component={Link} to={pathTo('meetings')} size="sm">
            ← {t('common.backToList')}
          </Anchor>
        )}
        <Text size="sm" c="dimmed" fw={600} tt="uppercase">
          {t(`${kind}.page.kind`)}
        </Text>
        <Title order={1} className="tindak-page-title">
          {record.title}
        </Title>
        {authority.readOnly && <ReadOnlyNote>{t(`${kind}.page.readOnly`)}</ReadOnlyNote>}
        <Group justify="space-between" gap="sm">
          <Group gap="xs">{badges}</Group>
          {editable && !editing.open && (
            <Button ref={editing.buttonRef} variant="light" onClick={editing.show}>
              {t(`${kind}.page.edit`)}
            </Button>
          )}
        </Group>
      </Stack>

      {beforeDetails}

      {editing.open ? (
        <Paper withBorder p="sm" component="section" aria-labelledby={`${name}-edit-heading`}>
          <Title order={2} size="h3" id={`${name}-edit-heading`} mb="sm">
            {t(`${kind}.form.editTitle`)}
          </Title>
          {editForm(editing.close)}
        </Paper>
      ) : (
        <Card withBorder component="section" aria-label={t(`${kind}.page.details`)}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {details}
          </SimpleGrid>
        </Card>
      )}

      {/* The status is in the badge above; the section is for those who may change it. */}
      {authority.change && (
        <RecordSection id={`${name}-status-heading`} title={t('proposals.page.statusActions')}>
          {open ? statusActions : <Text c="dimmed">{t(`${kind}.page.final`)}</Text>}
        </RecordSection>
      )}

      <RecordSection id={`${name}-description-heading`} title={t('proposals.page.description')}>
        <TextOrNone text={record.description} none={t('proposals.page.noDescription')} />
      </RecordSection>

      {children}

      <ActionItemsSection {...actionItems} headingId={`${name}-action-items-heading`} />

      <RecordSection id={`${name}-history-heading`} title={t('meetingRecord.history')}>
        <EventTimeline events={record.history} />
      </RecordSection>
    </Stack>
  );
}
