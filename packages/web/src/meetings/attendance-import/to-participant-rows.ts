import type { AttendancePreview, AttendanceState } from '@tindak/shared';
import { newUuid } from '../../lib/uuid';
import type { ParticipantRowValues } from '../form/form-values';

/** Who a form row is, to leave out someone the form lists already: the person, or the guest's name. */
function listedKey(row: Pick<ParticipantRowValues, 'personId' | 'guestName'>): string {
  return row.personId ? `person:${row.personId}` : `guest:${row.guestName.trim().toLowerCase()}`;
}

/**
 * The rows an unsaved meeting form takes from a preview: a recognised person by id, everyone else
 * as a guest with the office recognised for them (none when it would have to be created). Rows
 * repeated or in error are left out, as saving an import would, and so is anyone already `listed`.
 */
export function toParticipantRows(
  preview: AttendancePreview,
  listed: readonly ParticipantRowValues[] = [],
  attendance: AttendanceState = 'present',
): ParticipantRowValues[] {
  const seen = new Set(listed.map(listedKey));
  return preview.rows.flatMap((row): ParticipantRowValues[] => {
    if (row.outcome !== 'match' && row.outcome !== 'new') return [];
    const key = listedKey({ personId: row.person?.id ?? null, guestName: row.name });
    if (seen.has(key)) return [];
    seen.add(key);
    const common = {
      key: newUuid(),
      organizationId: row.organization?.id ?? null,
      regionCode: row.regionCode,
      role: 'participant' as const,
      attendance,
      representedBy: '',
    };
    if (row.person)
      return [
        {
          ...common,
          kind: 'person',
          personId: row.person.id,
          personName: row.person.fullName,
          personPosition: row.position || null,
          personOffice: row.organization?.name ?? null,
          guestName: '',
          guestPosition: '',
        },
      ];
    return [
      {
        ...common,
        kind: 'guest',
        personId: null,
        personName: '',
        personPosition: null,
        personOffice: null,
        guestName: row.name,
        guestPosition: row.position,
      },
    ];
  });
}
