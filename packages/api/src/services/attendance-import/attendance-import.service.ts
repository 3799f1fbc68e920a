import type {
  AttendanceApplyResult,
  AttendancePreview,
  attendanceApplyInput,
  attendancePreviewInput,
  attendanceRowsPreviewInput,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../../context';
import { recordEvent } from '../../events/record-event';
import { insertParticipants } from '../../repositories/meeting.repo';
import { bumpMeetingVersion } from '../../repositories/meeting-change.repo';
import { insertOrganization } from '../../repositories/organization.repo';
import { insertPerson } from '../../repositories/person.repo';
import { requireRecordAuthority } from '../authority';
import { meetingChange } from '../meeting.service';
import { requireVisible } from '../scope';
import { importConflict } from '../table-import/import-conflicts';
import { changeVersioned } from '../versioned-change';
import { type PlannedRow, planImport, toPreviewRow } from './classify';
import { readAttendanceFile } from './parse';

function countOutcomes(rows: readonly PlannedRow[]) {
  const counts = { match: 0, new: 0, duplicate: 0, error: 0 };
  for (const row of rows) counts[row.outcome]++;
  return counts;
}

async function plan(
  ctx: Context,
  meetingId: string | null,
  input: { content: string; choices: z.output<typeof attendancePreviewInput>['choices'] },
) {
  const rows = await readAttendanceFile(Buffer.from(input.content, 'base64'));
  return planImport(ctx, meetingId, rows, input.choices);
}

/** What importing this file would do; writes nothing. */
export async function previewAttendanceImport(
  ctx: Context,
  input: z.output<typeof attendancePreviewInput>,
): Promise<AttendancePreview> {
  await requireVisible(ctx, 'meeting', input.meetingId, 'meetingId');
  await requireRecordAuthority(ctx, 'meeting', input.meetingId);
  const rows = await plan(ctx, input.meetingId, input);
  return { rows: rows.map(toPreviewRow), counts: countOutcomes(rows) };
}

/**
 * The create form's import: the same rows for a meeting not saved yet. Writes nothing; the form
 * fills its participant rows from them (recognised people and offices by id, the rest as guests).
 */
export async function previewAttendanceRows(
  ctx: Context,
  input: z.output<typeof attendanceRowsPreviewInput>,
): Promise<AttendancePreview> {
  const rows = await plan(ctx, null, input);
  return { rows: rows.map(toPreviewRow), counts: countOutcomes(rows) };
}

/** Creates the offices the plan needs (once each), returning their ids by key. */
async function createOffices(ctx: Context, rows: readonly PlannedRow[]) {
  const ids = new Map<string, string>();
  for (const row of rows) {
    if (row.outcome !== 'new' || !row.newOfficeKey || ids.has(row.newOfficeKey)) continue;
    const values = { name: row.office, shortName: null, kind: 'other' as const, regionCode: row.regionCode };
    const id = await insertOrganization(ctx.db, { ...values, idempotencyKey: null });
    await recordEvent(ctx.db, ctx.actor, {
      aggregateType: 'organization',
      aggregateId: id,
      eventType: 'OrganizationCreated',
      payload: { ...values, source: 'attendanceImport' },
    });
    ids.set(row.newOfficeKey, id);
  }
  return ids;
}

async function createPerson(ctx: Context, row: PlannedRow, organizationId: string | null) {
  const values = {
    fullName: row.name,
    position: row.position || null,
    organizationId,
  };
  const id = await insertPerson(ctx.db, { ...values, nip: row.nipValue, idempotencyKey: null });
  // As in people.create: the event records that a NIP was given, not its digits.
  await recordEvent(ctx.db, ctx.actor, {
    aggregateType: 'person',
    aggregateId: id,
    eventType: 'PersonCreated',
    payload: { ...values, hasNip: row.nipValue !== null, source: 'attendanceImport' },
  });
  return id;
}

/**
 * Imports the file into the meeting in one transaction, at the version the caller previewed. The
 * file is planned again under the meeting's row lock, so people already participating (including
 * from an earlier import of the same file) are skipped: importing twice adds nobody twice.
 */
export async function applyAttendanceImport(
  ctx: Context,
  input: z.output<typeof attendanceApplyInput>,
): Promise<AttendanceApplyResult> {
  const rows = await readAttendanceFile(Buffer.from(input.content, 'base64'));
  let summary = { added: 0, createdPeople: 0, createdOffices: 0, skipped: 0, errors: 0 };
  try {
    const meeting = await changeVersioned(
      ctx,
      { id: input.meetingId, version: input.version },
      meetingChange,
      async (scoped, meeting) => {
        // The choices are checked here, under the lock: an id the caller may not pick refuses it all.
        const planned = await planImport(scoped, meeting.id, rows, input.choices);
        const counts = countOutcomes(planned);
        const officeIds = await createOffices(scoped, planned);
        const participants = [];
        let createdPeople = 0;
        for (const row of planned) {
          if (row.outcome !== 'match' && row.outcome !== 'new') continue;
          const organizationId =
            row.organizationId ?? (row.newOfficeKey ? (officeIds.get(row.newOfficeKey) ?? null) : null);
          let personId = row.person?.id;
          if (!personId) {
            personId = await createPerson(scoped, row, organizationId);
            createdPeople++;
          }
          participants.push({
            personId,
            guestName: null,
            guestPosition: null,
            organizationId,
            regionCode: row.regionCode,
            role: 'participant' as const,
            attendance: 'present' as const,
            representedBy: null,
          });
        }
        summary = {
          added: participants.length,
          createdPeople,
          createdOffices: officeIds.size,
          skipped: counts.duplicate,
          errors: counts.error,
        };
        // Nothing to add: no event and no new version, so a repeated import leaves no trace.
        if (participants.length === 0) return;
        await insertParticipants(scoped.db, meeting.id, participants);
        await bumpMeetingVersion(scoped.db, meeting.id);
        await recordEvent(scoped.db, ctx.actor, {
          aggregateType: 'meeting',
          aggregateId: meeting.id,
          eventType: 'ParticipantsImported',
          payload: {
            ...summary,
            matched: counts.match,
            personIds: participants.map((p) => p.personId),
          },
        });
      },
    );
    return { ...summary, version: meeting.version };
  } catch (error) {
    throw importConflict(error);
  }
}
