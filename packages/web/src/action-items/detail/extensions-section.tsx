import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { type ActionItemDetail, formatCalendarDate, formatDateTime } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';

const statusColor = { pending: 'violet', approved: 'teal', rejected: 'red' } as const;

/** Perpanjangan tenggat: every request, the dates it asked to move between, and the decision. */
export function ExtensionList({ extensions }: { extensions: ActionItemDetail['extensions'] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (extensions.length === 0) return <Text c="dimmed">{t('actionItems.extensions.none')}</Text>;
  const newestFirst = [...extensions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Stack component="ul" gap="sm" className="tindak-plain-list">
      {newestFirst.map((extension) => (
        <Paper component="li" key={extension.id} withBorder p="sm">
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={600}>
                {t('actionItems.extensions.change', {
                  from: formatCalendarDate(extension.previousDueOn, lang),
                  to: formatCalendarDate(extension.requestedDueOn, lang),
                })}
              </Text>
              <Badge variant="light" color={statusColor[extension.status]} tt="none">
                {t(`actionItems.extensions.status.${extension.status}`)}
              </Badge>
            </Group>
            {extension.approvedDueOn && extension.approvedDueOn !== extension.requestedDueOn && (
              <Text size="sm" fw={600}>
                {t('actionItems.extensions.approvedOther', {
                  date: formatCalendarDate(extension.approvedDueOn, lang),
                })}
              </Text>
            )}
            <Text size="sm" className="tindak-preserve-lines">
              {t('actionItems.extensions.reason', { reason: extension.reason })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('actionItems.extensions.requestedAt', { when: formatDateTime(extension.createdAt, lang) })}
            </Text>
            {extension.decisionNote && (
              <Text size="sm" className="tindak-preserve-lines">
                {t('actionItems.extensions.decisionNote', { note: extension.decisionNote })}
              </Text>
            )}
            {extension.decidedAt && (
              <Text size="xs" c="dimmed">
                {t('actionItems.extensions.decidedAt', { when: formatDateTime(extension.decidedAt, lang) })}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
