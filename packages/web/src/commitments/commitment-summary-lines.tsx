import { Badge, Text } from '@mantine/core';
import { type CommitmentSummary, formatCalendarDate } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';

/** "Komdigi (Arnanto Nurprabowo) · untuk Kerinci, Merangin · tenggat 30 Juni 2026". */
export function CommitmentSummaryLines({ commitment }: { commitment: CommitmentSummary }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const who = commitment.committedByPerson
    ? `${commitment.committedBy.name} (${commitment.committedByPerson.name})`
    : commitment.committedBy.name;
  return (
    <>
      <Text size="sm" className="tindak-wrap">
        {t('commitments.summary.by', { who })}
      </Text>
      <Text size="sm" c="dimmed" className="tindak-wrap">
        {commitment.regions.length > 0
          ? t('commitments.summary.regions', { regions: commitment.regions.map((r) => r.name).join(', ') })
          : t('commitments.summary.noRegion')}
        {' · '}
        {commitment.dueOn
          ? t('commitments.summary.due', { date: formatCalendarDate(commitment.dueOn, lang) })
          : t('commitments.summary.noDue')}
        {commitment.isOverdue && (
          <>
            {' '}
            <Badge color="red" variant="light" size="sm" tt="none">
              {t('commitments.summary.overdue')}
            </Badge>
          </>
        )}
      </Text>
    </>
  );
}
