import { demoLetterheads } from '@tindak/db';
import { letterSetInvitationInput, organizationUpdateInput, todayIn } from '@tindak/shared';
import type { Context } from '../context';
import { findDirectoryOffice } from '../repositories/organization-directory.repo';
import { setInvitation } from '../services/letter.service';
import { updateOrganization } from '../services/organization.service';

/**
 * Issue 19 in the demo: Diskominfo Provinsi Jambi's kop surat on F4 paper, and a numbered
 * invitation letter on each meeting it hosts that is still to come (the source meetings are past;
 * one logged later, such as the next Rakornis, gets its number).
 */
export async function seedDemoLetters(
  system: Context,
  orgs: { get: (key: string) => string },
  people: { get: (key: string) => string },
): Promise<void> {
  let agendaNumber = 100;
  for (const head of demoLetterheads) {
    const officeId = orgs.get(head.org);
    const office = await findDirectoryOffice(system.db, officeId);
    if (!office) continue;
    await updateOrganization(
      system,
      organizationUpdateInput.parse({
        id: office.id,
        version: office.version,
        name: office.name,
        shortName: office.shortName,
        kind: office.kind,
        regionCode: office.regionCode,
        letterhead: { paperSize: head.paperSize, government: head.government, address: head.address },
      }),
    );
    const scheduled = await system.db
      .selectFrom('meetings')
      .select(['id', 'version', 'startsAt'])
      .where('hostOrganizationId', '=', officeId)
      .where('status', '=', 'scheduled')
      .orderBy('startsAt')
      .execute();
    for (const meeting of scheduled) {
      agendaNumber += 1;
      await setInvitation(
        system,
        letterSetInvitationInput.parse({
          meetingId: meeting.id,
          version: meeting.version,
          number: `005/${agendaNumber}/Diskominfo/${meeting.startsAt.getFullYear()}`,
          date: todayIn(),
          signerPersonId: people.get(head.signer),
        }),
      );
    }
  }
}
