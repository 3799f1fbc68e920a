import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type AgreementSummary, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../i18n/use-language';
import { LabelledLine } from '../kit/detail-item';
import { AgreementStatusBadge, documentDate, kindLabel } from './agreement-words';

/** One agreement: kind, title, parties, signing line and how its parties' commitments stand. */
export function AgreementRow({ agreement: a }: { agreement: AgreementSummary }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Card component="article" withBorder padding="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={0}>
            <Text size="sm" c="dimmed">
              {kindLabel(a.kind, t)}
              {a.number ? ` · ${a.number}` : ''}
            </Text>
            <Title order={2} size="h4" className="tindak-wrap">
              <Anchor component={Link} to={pathTo('agreement', { id: a.id })} inherit>
                {a.title}
              </Anchor>
            </Title>
          </Stack>
          <AgreementStatusBadge status={a.status} />
        </Group>
        <LabelledLine label={t('agreements.parties')}>{a.parties.map((p) => p.name).join(', ')}</LabelledLine>
        <Text size="sm">
          {a.signedOn && a.signedPlace
            ? t('agreements.signedLine', { place: a.signedPlace, date: documentDate(a.signedOn, lang) })
            : t('agreements.notSigned')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('agreements.commitmentCounts', a.commitments)}
          {a.commitments.overdue > 0
            ? ` · ${t('agreements.overdueCount', { count: a.commitments.overdue })}`
            : ''}
        </Text>
      </Stack>
    </Card>
  );
}
