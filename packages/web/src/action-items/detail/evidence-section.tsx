import { Anchor, Badge, Button, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { type ActionItemDetail, formatDateTime, type Language } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { fileUrl } from '../shared/options';

type Evidence = ActionItemDetail['evidence'][number];
type EvidenceFile = Evidence['files'][number];

/** The types the file route serves inline (see `files.ts` in the API); the rest are only downloaded. */
const imageTypes = new Set(['image/png', 'image/jpeg', 'image/webp']);
const PDF = 'application/pdf';

/** The file as the page shows it: `?inline=1` asks the API for an inline answer. */
function inlineUrl(id: string): string {
  return `${fileUrl(id)}?inline=1`;
}

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
        {filesOf(evidence).length > 0 && (
          <Stack gap={6}>
            <Text size="sm">{t('actionItems.evidence.files')}</Text>
            {filesOf(evidence).map((file) => (
              <EvidenceFileView key={file.id} file={file} />
            ))}
          </Stack>
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

/** Every file of a submission; older answers (and old rows) may name only the first. */
function filesOf(evidence: Evidence): EvidenceFile[] {
  if (evidence.files.length > 0) return evidence.files;
  return evidence.file ? [evidence.file] : [];
}

/**
 * One file: its download link, and a preview in the page for what the API serves inline: an image
 * as a picture, a PDF in a frame opened on request (a dozen PDFs at once would be slow to load).
 */
function EvidenceFileView({ file }: { file: EvidenceFile }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [previewing, setPreviewing] = useState(false);
  const isPdf = file.contentType === PDF;
  return (
    <Stack gap={4}>
      <Text size="sm" className="tindak-wrap">
        <Anchor href={fileUrl(file.id)} download={file.fileName}>
          {file.fileName}
        </Anchor>{' '}
        <Text span size="xs" c="dimmed">
          ({formatSize(file.sizeBytes, lang)})
        </Text>
      </Text>
      {imageTypes.has(file.contentType) && (
        <Anchor href={inlineUrl(file.id)} target="_blank" rel="noopener">
          <Image
            src={inlineUrl(file.id)}
            alt={t('actionItems.evidence.imageAlt', { name: file.fileName })}
            maw={320}
            mah={240}
            fit="contain"
            radius="sm"
            loading="lazy"
          />
        </Anchor>
      )}
      {isPdf && (
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-expanded={previewing}
            onClick={() => setPreviewing((shown) => !shown)}
          >
            {previewing
              ? t('actionItems.evidence.hidePreview', { name: file.fileName })
              : t('actionItems.evidence.preview', { name: file.fileName })}
          </Button>
        </Group>
      )}
      {isPdf && previewing && (
        <iframe
          src={inlineUrl(file.id)}
          title={t('actionItems.evidence.previewTitle', { name: file.fileName })}
          className="tindak-evidence-preview"
          style={{ width: '100%', height: '28rem', border: '1px solid var(--mantine-color-gray-3)' }}
        />
      )}
    </Stack>
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
