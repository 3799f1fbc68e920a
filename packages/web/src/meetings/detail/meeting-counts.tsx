import { Text } from '@mantine/core';
import type { MeetingDetail } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';

/**
 * "Sekitar 55 peserta", and for a training "112 dari kuota 10.000 terlatih" (numbers written as the
 * UI language writes them); nothing for what is not known.
 */
export function MeetingCounts({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const format = (n: number) => n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');
  const { headcount, trainingQuota, trainedCount } = meeting;
  const training = meeting.type === 'pelatihan' && trainedCount !== null;
  if (headcount === null && !training) return null;
  return (
    <>
      {headcount !== null && (
        <Text c="dimmed">{t('indicatorLinks.meeting.about', { count: format(headcount) })}</Text>
      )}
      {training && (
        <Text c="dimmed">
          {trainingQuota === null
            ? t('indicatorLinks.meeting.trainedNoQuota', { trained: format(trainedCount) })
            : t('indicatorLinks.meeting.trained', {
                trained: format(trainedCount),
                quota: format(trainingQuota),
              })}
        </Text>
      )}
    </>
  );
}
