import type { Database } from '@tindak/db';
import type { ParticipantInput, participantInput } from '@tindak/shared';
import type { z } from 'zod';
import { NotFoundError } from '../errors';
import type { ParticipantValues } from '../repositories/meeting.repo';
import { organizationRegions } from '../repositories/organization.repo';
import { findPeople } from '../repositories/person.repo';
import { existingRegionCodes } from '../repositories/region.repo';

type ParsedParticipant = z.output<typeof participantInput>;

export type { ParticipantInput };

/**
 * Checks every id a participant list refers to and fills in what a known person implies: the
 * office they represent defaults to their own, the region to that office's region.
 * An unknown id is reported on its own row of the form (`participants.3.personId`).
 */
export async function resolveParticipants(
  db: Database,
  participants: readonly ParsedParticipant[],
): Promise<ParticipantValues[]> {
  const personIds = participants.flatMap((p) => (p.kind === 'person' ? [p.personId] : []));
  const people = await findPeople(db, personIds);
  const orgIds = participants.flatMap((p) => (p.organizationId ? [p.organizationId] : []));
  const orgRegions = await organizationRegions(db, orgIds);
  const regionCodes = await existingRegionCodes(
    db,
    participants.flatMap((p) => (p.regionCode ? [p.regionCode] : [])),
  );

  return participants.map((p, index) => {
    const at = (field: string) => `participants.${index}.${field}`;
    if (p.organizationId && !orgRegions.has(p.organizationId)) {
      throw new NotFoundError('organizationNotFound', at('organizationId'));
    }
    if (p.regionCode && !regionCodes.has(p.regionCode))
      throw new NotFoundError('regionNotFound', at('regionCode'));
    const explicitOrgRegion = p.organizationId ? (orgRegions.get(p.organizationId) ?? null) : null;
    if (p.kind === 'person') {
      const person = people.get(p.personId);
      if (!person) throw new NotFoundError('personNotFound', at('personId'));
      const organizationId = p.organizationId ?? person.organization?.id ?? null;
      return {
        personId: p.personId,
        guestName: null,
        guestPosition: null,
        organizationId,
        regionCode: p.regionCode ?? (p.organizationId ? explicitOrgRegion : person.regionCode),
        role: p.role,
        attendance: p.attendance,
        representedBy: p.attendance === 'represented' ? p.representedBy : null,
      };
    }
    return {
      personId: null,
      guestName: p.guestName,
      guestPosition: p.guestPosition,
      organizationId: p.organizationId,
      regionCode: p.regionCode ?? explicitOrgRegion,
      role: p.role,
      attendance: p.attendance,
      representedBy: p.attendance === 'represented' ? p.representedBy : null,
    };
  });
}

/** Identity of a participant across edits: the person, or the guest's name. */
export function participantKey(p: { personId: string | null; guestName: string | null }): string {
  return p.personId ? `person:${p.personId}` : `guest:${(p.guestName ?? '').trim().toLowerCase()}`;
}
