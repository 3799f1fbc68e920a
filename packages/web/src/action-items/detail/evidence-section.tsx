import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { type ActionItemDetail, formatDateTime, type Language } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { fileUrl } from '../shared/options';

type Evidence = ActionItemDetail['evidence'][number];

const verdictColor = { pending: 'violet', accepted: 'teal', rejected: 'red' } as const;

function formatSize(bytes: number, lang: Language): string {
  const number = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${number.format(bytes / 1024 / 1024)} MB`;
  return `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** One submission: what was sent, when, and what the verifier decided. */
export function EvidenceEntry({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-label={t('actionItems.evidence.entry', {
        when: formatDateTime(evidence.createdAt, lang),
      })}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            <time dateTime={evidence.createdAt}>{formatDateTime(evidence.createdAt, lang)}</time>
          </Text>
          <Badge variant="light" color={verdictColor[evidence.verdict]} tt="none">
            {t(`actionItems.evidence.verdict.${evidence.verdict}`)}
          </Badge>
        </Group>
        {evidence.note && (
          <Text size="sm" className="tindak-preserve-lines">
            {evidence.note}
          </Text>
        )}
        {evidence.link && (
          <Text size="sm" className="tindak-wrap">
            {t('actionItems.evidence.link')}{' '}
            <Anchor href={evidence.link} target="_blank" rel="noopener noreferrer">
              {evidence.link}
            </Anchor>
          </Text>
        )}
        {evidence.file && (
          <Text size="sm" className="tindak-wrap">
            {t('actionItems.evidence.file')}{' '}
            <Anchor href={fileUrl(evidence.file.id)} download={evidence.file.fileName}>
              {evidence.file.fileName}
            </Anchor>{' '}
            <Text span size="xs" c="dimmed">
              ({formatSize(evidence.file.sizeBytes, lang)})
            </Text>
          </Text>
        )}
        {evidence.verdictReason && (
          <Text size="sm" fw={500} className="tindak-preserve-lines">
            {evidence.verdict === 'rejected'
              ? t('actionItems.evidence.rejectReason', { reason: evidence.verdictReason })
              : t('actionItems.evidence.verdictNote', { reason: evidence.verdictReason })}
          </Text>
        )}
        {evidence.verifiedAt && (
          <Text size="xs" c="dimmed">
            {t('actionItems.evidence.verifiedAt', { when: formatDateTime(evidence.verifiedAt, lang) })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return <Text c="dimmed">{t('actionItems.evidence.none')}</Text>;
  // Newest first: the submission waiting for a verdict is the one people look for.
  const newestFirst = [...evidence].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Stack gap="sm">
      {newestFirst.map((entry) => (
        <EvidenceEntry key={entry.id} evidence={entry} />
      ))}
    </Stack>
  );
}
