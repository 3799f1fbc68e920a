import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { formatCalendarDate, type HomeRegions, pathTo } from '@tindak/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc';
import { useDraftAuthority } from '../../auth/use-authority';
import { useCan } from '../../auth/use-can';
import { useLanguage } from '../../i18n/use-language';
import { LoadError, LoadMore } from '../../kit/load-states';
import { RecordSection } from '../../kit/record-section';
import { FollowUpStatusBadge } from '../../kit/status-badge';
import { useSession } from '../../session/use-current-user';
import { ActionItemForm } from '../action-item-form';

/** Where action items come from; exactly one is set by each page. */
export interface ActionItemSource {
  meetingId?: string;
  proposalId?: string;
  commitmentId?: string;
}

/** Action items per request: one page for nearly every source; a button loads any more. */
const LIST_LIMIT = 100;
/** A rakornis passes one directive down to eleven regencies; the rest waits behind a button. */
const FIRST_SHOWN = 8;

interface LinkedActionItemsProps {
  source: ActionItemSource;
  /** Whether the reader assigns drafts from this source (a head of the meeting's host). */
  assignsDrafts?: boolean;
  /** Id of the heading that names the list. */
  labelledBy: string;
}

/** The action items that came from a meeting, a proposal or a commitment, each linking to its page. */
export function LinkedActionItems({ source, labelledBy, assignsDrafts = false }: LinkedActionItemsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const items = useInfiniteQuery(
    trpc.actionItems.list.infiniteQueryOptions(
      { ...source, limit: LIST_LIMIT, sort: 'due' },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const [showAll, setShowAll] = useState(false);

  if (items.isPending) return <Skeleton height={60} aria-busy="true" aria-label={t('common.loading')} />;
  if (items.isError && !items.data) {
    return (
      <LoadError
        title={t('meetingRecord.actionItems.loadError')}
        error={items.error}
        onRetry={() => void items.refetch()}
        retrying={items.isRefetching}
      />
    );
  }
  const all = items.data.pages.flatMap((page) => page.items);
  if (all.length === 0) return <Text c="dimmed">{t('meetingRecord.actionItems.empty')}</Text>;
  const shown = showAll ? all : all.slice(0, FIRST_SHOWN);
  return (
    <Stack gap="xs">
      <Stack component="ul" gap="xs" className="tindak-plain-list" aria-labelledby={labelledBy}>
        {shown.map((item) => (
          <Paper component="li" key={item.id} withBorder p="sm">
            <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
              <Anchor
                component={Link}
                to={pathTo('actionItem', { id: item.id })}
                fw={600}
                className="tindak-wrap"
              >
                {item.title}
              </Anchor>
              <FollowUpStatusBadge status={item.status} />
            </Group>
            {item.status === 'draft' && assignsDrafts && (
              <Group mt={4}>
                <Button
                  component={Link}
                  to={pathTo('actionItem', { id: item.id })}
                  size="compact-sm"
                  variant="light"
                >
                  {t('actionItems.actions.assignDraft.open')}
                </Button>
              </Group>
            )}
            <Text size="sm" c="dimmed" className="tindak-wrap">
              {t('meetingRecord.actionItems.ownerDue', {
                owner: item.ownerPerson
                  ? `${item.ownerOrganization.name} (${item.ownerPerson.name})`
                  : item.ownerOrganization.name,
                date: formatCalendarDate(item.dueOn, lang),
              })}
              {item.health === 'overdue' && (
                <Text span size="sm" c="red.8" fw={500}>
                  {' · '}
                  {t('commitments.summary.overdue')}
                </Text>
              )}
            </Text>
          </Paper>
        ))}
      </Stack>
      {shown.length < all.length ? (
        <Group>
          <Button variant="subtle" onClick={() => setShowAll(true)}>
            {/* With more on the server, "all" would undercount: say how many more are at hand. */}
            {items.hasNextPage
              ? t('meetingRecord.actionItems.showMore', { count: all.length - shown.length })
              : t('meetingRecord.actionItems.showAll', { count: all.length })}
          </Button>
        </Group>
      ) : (
        <LoadMore query={items} label={t('meetingRecord.actionItems.loadMore')} />
      )}
    </Stack>
  );
}

interface ActionItemsSectionProps {
  source: ActionItemSource;
  /** Unique on the page; names the section and its list. */
  headingId: string;
  /**
   * Whether new action items may come from this source now (e.g. only an accepted proposal);
   * the button shows only to those who may also assign them.
   */
  canCreate: boolean;
  /** For a meeting: its host office's home, whose secretariat may draft follow-ups from it. */
  meetingHome?: HomeRegions;
}

/** "Tindak lanjut": the action items that came from here, and the form to add one. */
export function ActionItemsSection({ source, headingId, canCreate, meetingHome }: ActionItemsSectionProps) {
  const { t } = useTranslation();
  // Not the source's authority: an item belongs to the office it is given to, so a head may pass a
  // directive from any meeting they can read (a province's rakornis) down to offices in their scope.
  const mayAdd = useCan()('actionItem.assign') && canCreate;
  const drafts = useDraftAuthority(meetingHome);
  // Who keeps the minutes but may not assign (the secretariat) drafts follow-ups instead.
  const mayDraft = !mayAdd && canCreate && drafts.draft && !!source.meetingId;
  // Someone who cannot add is told why, instead of finding no button.
  const signedIn = useSession().data?.user !== undefined;
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    setAdding(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };
  return (
    <RecordSection
      id={headingId}
      title={t('meetingRecord.actionItems.title')}
      aside={
        (mayAdd || mayDraft) &&
        !adding && (
          <Button ref={addButton} variant="light" onClick={() => setAdding(true)}>
            {mayDraft ? t('actionItems.linked.addDraft') : t('meetingRecord.actionItems.add')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        {!mayAdd && canCreate && signedIn && (
          <Text size="sm" c="dimmed">
            {mayDraft ? t('actionItems.linked.secretariatDrafts') : t('actionItems.linked.onlyHeadsAssign')}
          </Text>
        )}
        {mayAdd && source.meetingId && !adding && (
          // One directive to many offices at once (issue 19): its own form, on the directives' page.
          <Anchor
            component={Link}
            to={pathTo('directives', {}, { rapat: source.meetingId, baru: '1' })}
            size="sm"
            w="fit-content"
          >
            {t('directives.fromMeetingLink')}
          </Anchor>
        )}
        {(mayAdd || mayDraft) && adding && (
          <Paper withBorder p="sm">
            <Group justify="space-between" align="baseline" mb="sm" gap="xs">
              <Title order={3} size="h4">
                {mayDraft ? t('actionItems.linked.newDraftTitle') : t('meetingRecord.actionItems.newTitle')}
              </Title>
              <Button variant="default" size="compact-sm" onClick={close}>
                {t('meetingRecord.close')}
              </Button>
            </Group>
            {/* The form empties itself after each save, so several items can be typed in a row. */}
            <ActionItemForm source={source} draft={mayDraft} />
          </Paper>
        )}
        <LinkedActionItems source={source} labelledBy={headingId} assignsDrafts={drafts.assign} />
      </Stack>
    </RecordSection>
  );
}

/** "Tindak lanjut" on the meeting page: the meeting's action items and the form to add one. */
export function MeetingActionItems({
  meetingId,
  homeRegionCodes,
}: {
  meetingId: string;
  homeRegionCodes?: HomeRegions;
}) {
  return (
    <ActionItemsSection
      source={{ meetingId }}
      headingId="action-items-heading"
      canCreate
      meetingHome={homeRegionCodes}
    />
  );
}
