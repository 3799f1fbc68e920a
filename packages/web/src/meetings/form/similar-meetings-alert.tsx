import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { formatDateTime, type MeetingSummary, pathTo } from '@tindak/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n/use-language';

interface SimilarMeetingsAlertProps {
  meetings: MeetingSummary[];
  /** Marks these meetings as seen; the button then submits the form again. */
  onKeepSaving: () => void;
}

/**
 * Said when saving a meeting that looks like one already recorded (same type, host and day): the
 * existing one, to open in a new tab, or "Tetap simpan" when it really is another meeting.
 */
export function SimilarMeetingsAlert({ meetings, onKeepSaving }: SimilarMeetingsAlertProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const alertRef = useRef<HTMLDivElement>(null);

  // Shown in answer to "Simpan": take the person to the question.
  useEffect(() => alertRef.current?.focus(), []);

  return (
    <Alert ref={alertRef} tabIndex={-1} color="yellow" role="alert" title={t('meetingForm.similar.title')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('meetingForm.similar.body')}</Text>
        <List size="sm" spacing={4}>
          {meetings.map((m) => (
            <List.Item key={m.id}>
              <Anchor component={Link} to={pathTo('meeting', { id: m.id })} target="_blank">
                {m.title}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                · {formatDateTime(m.startsAt, lang, m.timeZone)} · {m.host.name}
              </Text>
            </List.Item>
          ))}
        </List>
        <Button type="submit" variant="white" color="yellow.9" onClick={onKeepSaving}>
          {t('meetingForm.similar.keepSaving')}
        </Button>
      </Stack>
    </Alert>
  );
}
