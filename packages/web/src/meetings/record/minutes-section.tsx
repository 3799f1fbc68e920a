import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { MeetingDetail } from '@tindak/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMayChange } from '../../auth/use-authority';
import { RecordSection } from '../../kit/record-section';
import { Markdown } from './markdown';
import { MinutesForm } from './minutes-form';

/** "Agenda dan notulen": what was discussed, in order, and the minutes as the notulis wrote them. */
export function MinutesSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const mayChange = useMayChange('meeting', meeting.homeRegionCodes);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const agenda = [...meeting.agenda].sort((a, b) => a.position - b.position);
  const empty = agenda.length === 0 && !meeting.minutes;

  const close = () => {
    setEditing(false);
    // Back to the button that opened the form, once it is on the page again.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <RecordSection
      id="minutes-heading"
      title={t('meetingRecord.minutes.title')}
      aside={
        mayChange &&
        !editing && (
          <Button ref={editButton} variant="light" onClick={() => setEditing(true)}>
            {empty ? t('meetingRecord.minutes.start') : t('meetingRecord.minutes.edit')}
          </Button>
        )
      }
    >
      {editing ? (
        <MinutesForm meeting={meeting} onDone={close} />
      ) : (
        <Stack gap="md">
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('meetingRecord.minutes.agenda')}
            </Title>
            {agenda.length > 0 ? (
              <ol className="tindak-agenda">
                {agenda.map((item) => (
                  <li key={item.position}>
                    <Text fw={500} className="tindak-wrap">
                      {item.title}
                    </Text>
                    {item.notes && (
                      <Text size="sm" c="dimmed" className="tindak-preserve-lines">
                        {item.notes}
                      </Text>
                    )}
                  </li>
                ))}
              </ol>
            ) : (
              <Text c="dimmed">{t('meetingRecord.minutes.agendaEmpty')}</Text>
            )}
          </div>
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('meetingRecord.minutes.minutes')}
            </Title>
            {meeting.minutes ? (
              // Framed like the document it is, so its own headings do not read as page sections.
              <Paper withBorder p="md" bg="var(--mantine-color-gray-0)">
                <Markdown>{meeting.minutes}</Markdown>
              </Paper>
            ) : (
              <Text c="dimmed">{t('meetingRecord.minutes.minutesEmpty')}</Text>
            )}
          </div>
        </Stack>
      )}
    </RecordSection>
  );
}
