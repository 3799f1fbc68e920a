import type { AttendancePreview } from '@tindak/shared';
import { newUuid } from '../../lib/uuid';
import type { ParticipantRowValues } from '../form/form-values';

/**
 * The rows an unsaved meeting form takes from a preview: a recognised person by id, everyone else
 * as a guest with the office recognised for them (none when it would have to be created), all
 * present. Rows already listed or in error are left out, as saving an import would.
 */
export function toParticipantRows(preview: AttendancePreview): ParticipantRowValues[] {
  return preview.rows.flatMap((row): ParticipantRowValues[] => {
    if (row.outcome !== 'match' && row.outcome !== 'new') return [];
    const common = {
      key: newUuid(),
      organizationId: row.organization?.id ?? null,
      regionCode: row.regionCode,
      role: 'participant' as const,
      attendance: 'present' as const,
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
