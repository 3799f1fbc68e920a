import { type Database, demoMeetings, demoOrganizations, demoPeople } from '@tindak/db';
import { meetingCreateInput, organizationCreateInput, personCreateInput } from '@tindak/shared';
import type { Context } from '../context';
import { createMeeting } from '../services/meeting.service';
import { createOrganization } from '../services/organization.service';
import { createPerson } from '../services/person.service';

/**
 * Loads the demo data set through the same services the API uses, so every demo record has its
 * events. Does nothing when the database already holds meetings.
 */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  const { n } = await db
    .selectFrom('meetings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(n) > 0) return false;
  await seedDemo(db);
  return true;
}

export async function seedDemo(db: Database): Promise<void> {
  const ctx: Context = { db, lang: 'id', actor: { id: null } };
  const orgIds = new Map<string, string>();
  const existing = await db.selectFrom('organizations').select(['id', 'name', 'regionCode']).execute();
  for (const org of demoOrganizations) {
    const found = existing.find((e) => e.name === org.name && e.regionCode === org.regionCode);
    const id = found
      ? found.id
      : (await createOrganization(ctx, organizationCreateInput.parse({ ...org, key: undefined }))).id;
    orgIds.set(org.key, id);
  }
  const need = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`demo data refers to unknown key ${key}`);
    return id;
  };

  const personIds = new Map<string, string>();
  for (const person of demoPeople) {
    const created = await createPerson(
      ctx,
      personCreateInput.parse({
        fullName: person.fullName,
        position: person.position,
        organizationId: need(orgIds, person.org),
      }),
    );
    personIds.set(person.key, created.id);
  }

  for (const meeting of demoMeetings) {
    const input = meetingCreateInput.parse({
      type: meeting.type,
      title: meeting.title,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      place: meeting.place,
      hostOrganizationId: need(orgIds, meeting.host),
      summary: meeting.summary,
      participants: meeting.participants.map((p) =>
        'person' in p
          ? {
              kind: 'person',
              personId: need(personIds, p.person),
              role: p.role,
              attendance: 'present',
              organizationId: p.org ? need(orgIds, p.org) : undefined,
            }
          : {
              kind: 'guest',
              guestName: p.guest,
              guestPosition: p.position,
              organizationId: need(orgIds, p.org),
              role: p.role,
              attendance: 'present',
            },
      ),
    });
    await createMeeting(ctx, input);
  }
}
