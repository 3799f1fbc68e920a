import {
  type AgreementDetail,
  type AgreementListOutput,
  type AgreementSummary,
  type agreementListInput,
  agreementStatusMachine,
  allowedActions,
  can,
  DEFAULT_TIME_ZONE,
  isFinal,
  todayIn,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import {
  type AgreementListRow,
  findAgreementRow,
  findFileForAgreement,
  listAgreementCommitments,
  listAgreementRows,
  listPartyDetails,
  listScopeTexts,
} from '../repositories/agreement.repo';
import { listEventsFor } from '../repositories/event.repo';
import { commitmentVisible } from '../repositories/scope';
import { keepsAgreement, requireVisibleAgreement } from './agreement-access';
import { createdCursor } from './cursor';
import { readableAmong, shownLink, withReadableMeetings } from './linked-records';
import { scopeOf } from './scope';

type ListInput = z.output<typeof agreementListInput>;

function toSummary(row: AgreementListRow): AgreementSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    number: row.number,
    status: row.status,
    signedOn: row.signedOn,
    signedPlace: row.signedPlace,
    owner: { id: row.keeperId, name: row.keeperName },
    region: row.regionCode && row.regionName ? { code: row.regionCode, name: row.regionName } : null,
    parties: row.parties,
    commitments: row.commitments ?? { total: 0, fulfilled: 0, overdue: 0 },
    meeting:
      row.meetingId && row.meetingTitle && row.meetingStartsAt
        ? {
            id: row.meetingId,
            title: row.meetingTitle,
            startsAt: row.meetingStartsAt.toISOString(),
            outsideScope: false,
          }
        : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listAgreements(ctx: Context, input: ListInput): Promise<AgreementListOutput> {
  const cursor = input.cursor ? createdCursor.decode(input.cursor) : null;
  const scope = scopeOf(ctx);
  const rows = await listAgreementRows(
    ctx.db,
    {
      ...input,
      scopeRegion: scope,
      commitmentVisible: countedFor(ctx),
    },
    cursor,
    input.limit,
    todayIn(DEFAULT_TIME_ZONE),
  );
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: await withReadableMeetings(ctx, page.map(toSummary)),
    nextCursor: rows.length > input.limit && last ? createdCursor.encode([last.createdAtKey, last.id]) : null,
  };
}

/**
 * One agreement with its parties, each with the commitments it made under the agreement that the
 * reader may see (and their status and due day), its scope items, document and source meeting.
 */
export async function getAgreement(ctx: Context, id: string): Promise<AgreementDetail> {
  await requireVisibleAgreement(ctx, id);
  const today = todayIn(DEFAULT_TIME_ZONE);
  const [row, [summaryRow]] = await Promise.all([
    findAgreementRow(ctx.db, id),
    listAgreementRows(ctx.db, { id, scopeRegion: null, commitmentVisible: countedFor(ctx) }, null, 1, today),
  ]);
  if (!row || !summaryRow) throw new NotFoundError('agreementNotFound', 'id');
  const base = toSummary(summaryRow);
  const [parties, scopeTexts, commitments, history, document, readableMeetings] = await Promise.all([
    listPartyDetails(ctx.db, id),
    listScopeTexts(ctx.db, id),
    listAgreementCommitments(ctx.db, id, today),
    listEventsFor(ctx.db, 'agreement', id),
    row.fileId ? findFileForAgreement(ctx.db, row.fileId) : Promise.resolve(undefined),
    readableAmong(ctx, 'meeting', [row.meetingId]),
  ]);
  const readableCommitments = await readableAmong(
    ctx,
    'commitment',
    commitments.map((commitment) => commitment.id),
  );
  const keeper = keepsAgreement(ctx, row.keeperRegionCode);
  const open = !isFinal(agreementStatusMachine, row.status);
  return {
    ...base,
    meeting: base.meeting && !base.meeting.outsideScope ? shownLink(base.meeting, readableMeetings) : null,
    description: row.description,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    partyDetails: parties.map((party) => ({
      organization: {
        id: party.organizationId,
        name: party.name,
        kind: party.kind,
        regionCode: party.regionCode,
      },
      position: party.position,
      signatoryName: party.signatoryName,
      signatoryPosition: party.signatoryPosition,
      commitments: commitments
        .filter((c) => c.committedByOrganizationId === party.organizationId && readableCommitments.has(c.id))
        .map(({ id: commitmentId, title, status, dueOn, isOverdue }) => ({
          id: commitmentId,
          title,
          status,
          dueOn,
          isOverdue,
        })),
    })),
    scopeItems: scopeTexts.map((text, position) => ({ position, text })),
    document: document ?? null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    canEdit: keeper && open,
    canAddCommitment: open && (!ctx.user || can(ctx.user.role, 'commitment.write')),
    allowedActions: keeper ? allowedActions(agreementStatusMachine, row.status) : [],
    history,
  };
}

/** The counts take in only the commitments the reader sees. */
function countedFor(ctx: Context) {
  const scope = scopeOf(ctx);
  return scope ? (alias: string) => commitmentVisible(alias, scope) : null;
}
