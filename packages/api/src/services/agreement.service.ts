import type { Database } from '@tindak/db';
import {
  type AgreementDetail,
  type agreementAttachInput,
  type agreementCancelInput,
  type agreementCreateInput,
  type agreementEndInput,
  type agreementSignInput,
  agreementStatusMachine,
  type agreementUpdateInput,
  DEFAULT_TIME_ZONE,
  isFinal,
  todayIn,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, ConflictError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import {
  type AgreementRow,
  type AgreementValues,
  findAgreementIdByKey,
  findFileForAgreement,
  insertAgreement,
  listAgreementCommitments,
  listPartyValues,
  listScopeTexts,
  lockAgreement,
  type PartyValues,
  replaceParties,
  replaceScopeItems,
  updateAgreementIfVersion,
} from '../repositories/agreement.repo';
import { existingRegionCodes } from '../repositories/region.repo';
import { requireAgreementKeeper, requireVisibleAgreement } from './agreement-access';
import { getAgreement } from './agreement-view';
import { changedFields } from './changes';
import { requireAttachableFile } from './file.service';
import { createOnce } from './idempotent';
import { relinkOne } from './linked-records';
import { requireTransition } from './transitions';

type CreateInput = z.output<typeof agreementCreateInput>;
type UpdateInput = z.output<typeof agreementUpdateInput>;
type SignInput = z.output<typeof agreementSignInput>;
type EndInput = z.output<typeof agreementEndInput>;
type CancelInput = z.output<typeof agreementCancelInput>;
type AttachInput = z.output<typeof agreementAttachInput>;

/** A signed document is read, printed and shown in the page: PDF or an image, never an office file. */
const documentTypes = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/**
 * The keeping office and the parties must be offices in the directory; a party added now must be
 * active (one deactivated after it signed stays). The keeping office decides who may change it.
 */
async function checkOffices(
  ctx: Context,
  input: CreateInput | UpdateInput,
  storedParties: ReadonlySet<string>,
): Promise<string | null> {
  const ids = [input.ownerOrganizationId, ...input.parties.map((party) => party.organizationId)];
  const offices = await ctx.db
    .selectFrom('organizations')
    .select(['id', 'regionCode', 'active'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  const byId = new Map(offices.map((office) => [office.id, office]));
  const keeper = byId.get(input.ownerOrganizationId);
  if (!keeper?.active) throw new NotFoundError('organizationNotFound', 'ownerOrganizationId');
  requireAgreementKeeper(ctx, keeper.regionCode, 'ownerOrganizationId');
  input.parties.forEach((party, index) => {
    const office = byId.get(party.organizationId);
    if (!office || (!office.active && !storedParties.has(party.organizationId))) {
      throw new NotFoundError('organizationNotFound', `parties.${index}.organizationId`);
    }
  });
  return keeper.regionCode;
}

async function checkRegion(db: Database, code: string | null) {
  if (code && !(await existingRegionCodes(db, [code])).has(code)) {
    throw new NotFoundError('regionNotFound', 'regionCode');
  }
}

function agreementValues(
  input: CreateInput | UpdateInput,
  meetingId: string | null,
  keeperRegion: string | null,
): AgreementValues {
  return {
    kind: input.kind,
    title: input.title,
    number: input.number,
    description: input.description,
    meetingId,
    ownerOrganizationId: input.ownerOrganizationId,
    regionCode: input.regionCode ?? keeperRegion,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
  };
}

function partyValues(input: CreateInput | UpdateInput): PartyValues[] {
  return input.parties.map((party) => ({
    organizationId: party.organizationId,
    signatoryName: party.signatoryName,
    signatoryPosition: party.signatoryPosition,
  }));
}

export async function createAgreement(ctx: Context, input: CreateInput): Promise<AgreementDetail> {
  const { id } = await createOnce(
    input.idempotencyKey,
    (key) => findAgreementIdByKey(ctx.db, key),
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const scoped = { ...ctx, db: trx };
        const keeperRegion = await checkOffices(scoped, input, new Set());
        await checkRegion(trx, input.regionCode);
        const meetingId = await relinkOne(scoped, 'meeting', null, input.meetingId, 'meetingId');
        const values = agreementValues(input, meetingId, keeperRegion);
        const parties = partyValues(input);
        const agreementId = await insertAgreement(trx, {
          ...values,
          idempotencyKey: input.idempotencyKey ?? null,
        });
        await replaceParties(trx, agreementId, parties);
        await replaceScopeItems(trx, agreementId, input.scopeItems);
        await recordEvent(trx, ctx.actor, {
          aggregateType: 'agreement',
          aggregateId: agreementId,
          eventType: 'AgreementDrafted',
          payload: { ...values, parties, scopeItems: input.scopeItems },
        });
        return agreementId;
      }),
  );
  return getAgreement(ctx, id);
}

/**
 * Locks the agreement and checks, in order: it exists, the caller keeps it, the version is current.
 * 'stale' tells the caller to answer CONFLICT with the current state (after the transaction).
 */
async function lockForChange(ctx: Context, id: string, version: number): Promise<AgreementRow | 'stale'> {
  const before = await lockAgreement(ctx.db, id);
  if (!before) throw new NotFoundError('agreementNotFound', 'id');
  requireAgreementKeeper(ctx, before.keeperRegionCode);
  return before.version === version ? before : 'stale';
}

async function conflict(ctx: Context, id: string): Promise<never> {
  throw new ConflictError('staleVersion', await getAgreement(ctx, id), 'version');
}

const trackedFields = [
  'kind',
  'title',
  'number',
  'description',
  'meetingId',
  'ownerOrganizationId',
  'regionCode',
  'startsOn',
  'endsOn',
] as const satisfies readonly (keyof AgreementValues)[];

/** A party that has promised something under the agreement stays a party while the promise is linked. */
async function requirePartiesKeptWithCommitments(db: Database, id: string, parties: readonly PartyValues[]) {
  const kept = new Set(parties.map((party) => party.organizationId));
  const commitments = await listAgreementCommitments(db, id, todayIn(DEFAULT_TIME_ZONE));
  if (commitments.some((commitment) => !kept.has(commitment.committedByOrganizationId))) {
    throw new BadRequestError('agreementPartyHasCommitments', 'parties');
  }
}

export async function updateAgreement(ctx: Context, input: UpdateInput): Promise<AgreementDetail> {
  await requireVisibleAgreement(ctx, input.id);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const scoped = { ...ctx, db: trx };
    const before = await lockForChange(scoped, input.id, input.version);
    if (before === 'stale') return before;
    // Once ended or cancelled, the agreement is a record; what it said stays as it was.
    if (isFinal(agreementStatusMachine, before.status)) {
      throw new BadRequestError('agreementClosed', undefined, before.status);
    }
    const storedParties = await listPartyValues(trx, input.id);
    const keeperRegion = await checkOffices(
      scoped,
      input,
      new Set(storedParties.map((party) => party.organizationId)),
    );
    await checkRegion(trx, input.regionCode);
    const meetingId = await relinkOne(scoped, 'meeting', before.meetingId, input.meetingId, 'meetingId');
    const values = agreementValues(input, meetingId, keeperRegion);
    const parties = partyValues(input);
    await requirePartiesKeptWithCommitments(trx, input.id, parties);
    const updated = await updateAgreementIfVersion(trx, input.id, input.version, values);
    if (!updated) return 'stale' as const;

    const changes = changedFields(before, values, trackedFields);
    if (JSON.stringify(storedParties) !== JSON.stringify(parties)) {
      changes.parties = { from: storedParties, to: parties };
    }
    const storedScope = await listScopeTexts(trx, input.id);
    if (JSON.stringify(storedScope) !== JSON.stringify(input.scopeItems)) {
      changes.scopeItems = { from: storedScope, to: input.scopeItems };
    }
    await replaceParties(trx, input.id, parties);
    await replaceScopeItems(trx, input.id, input.scopeItems);
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'agreement',
      aggregateId: input.id,
      eventType: 'AgreementUpdated',
      payload: { version: updated.version, changes },
    });
    return 'updated' as const;
  });
  if (outcome === 'stale') return conflict(ctx, input.id);
  return getAgreement(ctx, input.id);
}

export async function signAgreement(ctx: Context, input: SignInput): Promise<AgreementDetail> {
  await requireVisibleAgreement(ctx, input.id);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const before = await lockForChange({ ...ctx, db: trx }, input.id, input.version);
    if (before === 'stale') return before;
    const to = requireTransition(agreementStatusMachine, before.status, 'sign', 'id');
    const updated = await updateAgreementIfVersion(trx, input.id, input.version, {
      status: to,
      signedOn: input.signedOn,
      signedPlace: input.signedPlace,
    });
    if (!updated) return 'stale' as const;
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'agreement',
      aggregateId: input.id,
      eventType: 'AgreementSigned',
      payload: {
        version: updated.version,
        action: 'sign',
        from: before.status,
        to,
        signedOn: input.signedOn,
        signedPlace: input.signedPlace,
      },
    });
    return 'changed' as const;
  });
  if (outcome === 'stale') return conflict(ctx, input.id);
  return getAgreement(ctx, input.id);
}

export async function endAgreement(ctx: Context, input: EndInput): Promise<AgreementDetail> {
  await requireVisibleAgreement(ctx, input.id);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const before = await lockForChange({ ...ctx, db: trx }, input.id, input.version);
    if (before === 'stale') return before;
    const to = requireTransition(agreementStatusMachine, before.status, 'end', 'id');
    const endsOn = input.endsOn ?? todayIn(DEFAULT_TIME_ZONE);
    if (before.startsOn && endsOn < before.startsOn) throw new BadRequestError('endBeforeStart', 'endsOn');
    const updated = await updateAgreementIfVersion(trx, input.id, input.version, { status: to, endsOn });
    if (!updated) return 'stale' as const;
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'agreement',
      aggregateId: input.id,
      eventType: 'AgreementEnded',
      payload: { version: updated.version, action: 'end', from: before.status, to, endsOn },
    });
    return 'changed' as const;
  });
  if (outcome === 'stale') return conflict(ctx, input.id);
  return getAgreement(ctx, input.id);
}

export async function cancelAgreement(ctx: Context, input: CancelInput): Promise<AgreementDetail> {
  await requireVisibleAgreement(ctx, input.id);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const before = await lockForChange({ ...ctx, db: trx }, input.id, input.version);
    if (before === 'stale') return before;
    const to = requireTransition(agreementStatusMachine, before.status, 'cancel', 'id');
    const updated = await updateAgreementIfVersion(trx, input.id, input.version, { status: to });
    if (!updated) return 'stale' as const;
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'agreement',
      aggregateId: input.id,
      eventType: 'AgreementCancelled',
      payload: { version: updated.version, action: 'cancel', from: before.status, to, reason: input.reason },
    });
    return 'changed' as const;
  });
  if (outcome === 'stale') return conflict(ctx, input.id);
  return getAgreement(ctx, input.id);
}

/**
 * Attaches the signed document (a file uploaded through POST /api/files by the caller, or one they
 * may already read), or takes it off with `fileId: null`. Not on a cancelled agreement.
 */
export async function attachAgreementDocument(ctx: Context, input: AttachInput): Promise<AgreementDetail> {
  await requireVisibleAgreement(ctx, input.id);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const scoped = { ...ctx, db: trx };
    const before = await lockForChange(scoped, input.id, input.version);
    if (before === 'stale') return before;
    if (before.status === 'cancelled') throw new BadRequestError('agreementClosed', 'id', before.status);
    if (input.fileId) {
      await requireAttachableFile(scoped, input.fileId);
      const file = await findFileForAgreement(trx, input.fileId);
      if (!file || !documentTypes.has(file.contentType)) {
        throw new BadRequestError('agreementDocumentType', 'fileId');
      }
    }
    const updated = await updateAgreementIfVersion(trx, input.id, input.version, { fileId: input.fileId });
    if (!updated) return 'stale' as const;
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'agreement',
      aggregateId: input.id,
      eventType: 'AgreementDocumentAttached',
      payload: { version: updated.version, fileId: input.fileId, previousFileId: before.fileId },
    });
    return 'changed' as const;
  });
  if (outcome === 'stale') return conflict(ctx, input.id);
  return getAgreement(ctx, input.id);
}
