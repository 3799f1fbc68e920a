import { Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { type AgreementParty, formatCalendarDate, pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../i18n/use-language';
import { FollowUpStatusBadge } from '../kit/status-badge';

interface PartyCardProps {
  party: AgreementParty;
  /** Opens the commitment form for this party, when the reader may record one. */
  onAddCommitment?: () => void;
}

/** One party: who signed for it, and each of its commitments under the agreement with its status. */
export function AgreementPartyCard({ party, onAddCommitment }: PartyCardProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = `party-${party.organization.id}`;
  const signatory = [party.signatoryName, party.signatoryPosition].filter(Boolean).join(', ');
  return (
    <Card component="section" withBorder padding="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={headingId} className="tindak-wrap">
          {party.organization.name}
        </Title>
        {signatory && (
          <Text size="sm" c="dimmed" className="tindak-wrap">
            {t('agreements.page.signatory')}: {signatory}
          </Text>
        )}
        {party.commitments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('agreements.page.noCommitments')}
          </Text>
        ) : (
          <List listStyleType="none" spacing={6} p={0}>
            {party.commitments.map((c) => (
              <List.Item key={c.id}>
                <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Anchor
                      component={Link}
                      to={pathTo('commitment', { id: c.id })}
                      size="sm"
                      className="tindak-wrap"
                    >
                      {c.title}
                    </Anchor>
                    <Text size="xs" c={c.isOverdue ? 'red.8' : 'dimmed'}>
                      {c.dueOn
                        ? t('agreements.page.due', { date: formatCalendarDate(c.dueOn, lang) })
                        : t('agreements.page.noDue')}
                      {c.isOverdue ? ` · ${t('agreements.page.overdue')}` : ''}
                    </Text>
                  </Stack>
                  <FollowUpStatusBadge status={c.status} />
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {onAddCommitment && (
          <Button
            variant="light"
            size="compact-sm"
            w="fit-content"
            onClick={onAddCommitment}
            aria-label={`${t('agreements.page.addCommitment')}: ${party.organization.name}`}
          >
            {t('agreements.page.addCommitment')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
