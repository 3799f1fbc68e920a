import { type Language, type MeetingDetail, meetingMinutesInput } from '@tindak/shared';
import { schemaErrors } from '../../kit/form/validate';
import { newUuid } from '../../lib/uuid';

export interface AgendaRowValues {
  /** Stable React key: rows move and leave from the middle of the list. */
  key: string;
  title: string;
  notes: string;
}

export interface MinutesFormValues {
  agenda: AgendaRowValues[];
  minutes: string;
}

export function minutesFormValues(meeting: MeetingDetail): MinutesFormValues {
  return {
    agenda: [...meeting.agenda]
      .sort((a, b) => a.position - b.position)
      .map((item) => ({ key: newUuid(), title: item.title, notes: item.notes ?? '' })),
    minutes: meeting.minutes ?? '',
  };
}

export function emptyAgendaRow(): AgendaRowValues {
  return { key: newUuid(), title: '', notes: '' };
}

export function toMinutesInput(values: MinutesFormValues, meeting: Pick<MeetingDetail, 'id' | 'version'>) {
  return {
    id: meeting.id,
    version: meeting.version,
    minutes: values.minutes,
    agenda: values.agenda.map(({ title, notes }) => ({ title, notes })),
  };
}

export function validateMinutes(values: MinutesFormValues, meeting: MeetingDetail, lang: Language) {
  return schemaErrors(meetingMinutesInput, toMinutesInput(values, meeting), lang);
}

/** True when the form has an input (or a row) for a path the server named. */
export function isMinutesPath(path: string, values: MinutesFormValues): boolean {
  if (path === 'minutes' || path === 'agenda') return true;
  const row = /^agenda\.(\d+)\./.exec(path);
  return row !== null && Number(row[1]) < values.agenda.length;
}
