import { Anchor, Card, Group, Stack, Title } from '@mantine/core';
import { formatCalendarDate, type ProposalSummary, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n/use-language';
import { LabelledLine } from '../../kit/detail-item';
import { FollowUpStatusBadge } from '../../kit/status-badge';

/** One proposal: what, from whom to whom, since when (and by which letter), and its decision. */
export function ProposalRow({ proposal: p }: { proposal: ProposalSummary }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Card component="article" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={2} size="h4" className="tindak-wrap">
            <Anchor component={Link} to={pathTo('proposal', { id: p.id })} inherit>
              {p.title}
            </Anchor>
          </Title>
          <FollowUpStatusBadge status={p.status} />
        </Group>
        <LabelledLine label={t('proposalList.from')}>
          {p.proposers.map((o) => o.name).join(', ')}
        </LabelledLine>
        <LabelledLine label={t('proposalList.to')}>{p.addressedTo.name}</LabelledLine>
        <LabelledLine label={t('proposalList.raisedOn')}>{formatCalendarDate(p.raisedOn, lang)}</LabelledLine>
        {p.letter && (
          <LabelledLine label={t('proposalList.letter')}>
            {t('proposalList.letterLine', {
              number: p.letter.number,
              date: formatCalendarDate(p.letter.date, lang),
            })}
          </LabelledLine>
        )}
        {p.decidedOn && (
          <LabelledLine label={t('proposalList.decidedOn')}>
            {formatCalendarDate(p.decidedOn, lang)}
          </LabelledLine>
        )}
      </Stack>
    </Card>
  );
}
