import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type CommitmentSummary, formatCalendarDate, formatDate, linkTitle, pathTo } from '@tindak/shared';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n/use-language';
import { LabelledLine } from '../../kit/detail-item';
import { FollowUpStatusBadge } from '../../kit/status-badge';

/** One promise: who promised what, since when, its status, due date and evidence. */
export function CommitmentTrackerRow({ commitment: c }: { commitment: CommitmentSummary }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const party = c.committedByPerson
    ? `${c.committedBy.name} (${c.committedByPerson.name})`
    : c.committedBy.name;
  // A meeting outside the reader's region shows neither its title nor its date: the promise's own.
  const since = c.meeting
    ? t('commitmentTracker.sinceMeeting', {
        date: formatDate(c.meeting.outsideScope ? c.createdAt : c.meeting.startsAt, lang),
        meeting: linkTitle(c.meeting, lang),
      })
    : formatDate(c.createdAt, lang);
  const owner = [c.owner.organization?.name, c.owner.person?.name].filter(Boolean).join(' · ');

  return (
    <Card component="article" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={2} size="h4" className="tindak-wrap">
            <Anchor component={Link} to={pathTo('commitment', { id: c.id })} inherit>
              {c.title}
            </Anchor>
          </Title>
          <FollowUpStatusBadge status={c.status} />
        </Group>
        <LabelledLine label={t('commitmentTracker.by')}>{party}</LabelledLine>
        <LabelledLine label={t('commitmentTracker.since')}>{since}</LabelledLine>
        <LabelledLine label={t('commitmentTracker.due')}>
          {c.dueOn ? formatCalendarDate(c.dueOn, lang) : t('commitmentTracker.noDue')}
          {c.isOverdue && (
            <>
              {' '}
              <Badge color="red" variant="light" size="sm" tt="none">
                {t('commitmentTracker.overdue')}
              </Badge>
            </>
          )}
        </LabelledLine>
        <LabelledLine label={t('commitmentTracker.forRegions')}>
          {c.regions.length === 0
            ? t('commitmentTracker.noRegion')
            : c.regions.map((r, i) => (
                <Fragment key={r.code}>
                  {i > 0 && ', '}
                  <Anchor component={Link} to={pathTo('region', { code: r.code })} size="sm">
                    {r.name}
                  </Anchor>
                </Fragment>
              ))}
        </LabelledLine>
        {owner && <LabelledLine label={t('commitmentTracker.owner')}>{owner}</LabelledLine>}
        <LabelledLine label={t('commitmentTracker.evidence')}>
          {c.evidence ? (
            c.evidence
          ) : (
            <Text span size="sm" c="dimmed" fs="italic">
              {t('commitmentTracker.noEvidence')}
            </Text>
          )}
        </LabelledLine>
      </Stack>
    </Card>
  );
}
