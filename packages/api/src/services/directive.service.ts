import {
  actionItemStatusMachine,
  DIRECTIVE_MAX_OFFICES,
  type DirectiveDetail,
  type directiveAddOfficesInput,
  type directiveCancelInput,
  type directiveIssueInput,
  type directiveListInput,
  type directiveUpdateInput,
  isFinal,
  mayChangeDirective,
  mayIssueDirective,
  regionInScope,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, DomainError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { lockActionItem } from '../repositories/action-item.repo';
import {
  type DirectiveRow,
  findDirectiveIdByKey,
  findOfficesForDirective,
  findRegencyOffices,
  insertDirective,
  isDirectiveVisible,
  listDirectiveItemIds,
  listDirectiveRows,
  lockDirective,
  updateDirective,
} from '../repositories/directive.repo';
import { findPerson } from '../repositories/person.repo';
import { isVisible } from '../repositories/scope';
import { directiveItemChanges, insertAssignedItem } from './action-item.service';
import { actorOf } from './authority';
import { changedFields } from './changes';
import { createdCursor } from './cursor';
import { readDirectives } from './directive-view';
import { createOnce } from './idempotent';
import { resolveIndicatorLink } from './indicator-link';
import { scopeOf } from './scope';
import { changeVersioned } from './versioned-change';

type In<T extends z.ZodType> = z.output<T>;

/** An office as a directive needs it. */
interface Office {
  id: string;
  regionCode: string | null;
}

// --- Reading -----------------------------------------------------------------------------------

async function requireDirectiveVisible(ctx: Context, id: string) {
  if (!(await isDirectiveVisible(ctx.db, id, scopeOf(ctx))))
    throw new NotFoundError('directiveNotFound', 'id');
}

export async function getDirective(ctx: Context, id: string): Promise<DirectiveDetail> {
  await requireDirectiveVisible(ctx, id);
  const [directive] = await readDirectives(ctx, [id], { withOffices: true });
  if (!directive) throw new NotFoundError('directiveNotFound', 'id');
  return directive as DirectiveDetail;
}

export async function listDirectives(ctx: Context, input: In<typeof directiveListInput>) {
  const cursor = input.cursor ? createdCursor.decode(input.cursor) : null;
  const rows = await listDirectiveRows(
    ctx.db,
    {
      scopeRegion: scopeOf(ctx),
      status: input.status,
      meetingId: input.meetingId,
      regionCode: input.regionCode,
    },
    cursor,
    input.limit,
  );
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > input.limit && last ? createdCursor.encode([last.createdKey, last.id]) : null;
  return {
    items: await readDirectives(
      ctx,
      page.map((r) => r.id),
      { withOffices: false },
    ),
    nextCursor,
  };
}

// --- Who may ----------------------------------------------------------------------------------

/** The caller may issue to or change a directive over these regions (the system itself always may). */
function requireDirectiveAuthority(
  ctx: Context,
  issuerRegion: string | null,
  officeRegions: (string | null)[],
) {
  if (!ctx.user) return;
  if (!mayIssueDirective(actorOf(ctx.user), issuerRegion, officeRegions)) {
    throw new DomainError('FORBIDDEN', 'onlyHeadsOverDirective');
  }
}

/**
 * The offices chosen, each once: the listed ones and the province's regencies/cities. Each must
 * exist, lie in the caller's scope (NOT_FOUND otherwise, as for a record they cannot see) and still
 * take work (active, not merged into another).
 */
async function resolveOffices(
  ctx: Context,
  input: { officeIds?: string[] | undefined; allRegencyOfficesOf?: string | undefined },
): Promise<Office[]> {
  const scope = scopeOf(ctx);
  const ids = [...(input.officeIds ?? [])];
  if (input.allRegencyOfficesOf) {
    if (!regionInScope(scope, input.allRegencyOfficesOf)) {
      throw new NotFoundError('regionNotFound', 'allRegencyOfficesOf');
    }
    const regencies = await findRegencyOffices(ctx.db, input.allRegencyOfficesOf);
    if (regencies.length === 0) throw new BadRequestError('directiveNoRegencyOffices', 'allRegencyOfficesOf');
    ids.push(...regencies.map((o) => o.id));
  }
  const unique = [...new Set(ids)];
  if (unique.length > DIRECTIVE_MAX_OFFICES) {
    throw new BadRequestError('directiveTooManyOffices', 'officeIds', DIRECTIVE_MAX_OFFICES);
  }
  const found = new Map((await findOfficesForDirective(ctx.db, unique)).map((o) => [o.id, o]));
  return unique.map((id) => {
    const office = found.get(id);
    const field = `officeIds.${Math.max(0, input.officeIds?.indexOf(id) ?? 0)}`;
    if (!office || !regionInScope(scope, office.regionCode))
      throw new NotFoundError('organizationNotFound', field);
    if (!office.active || office.mergedInto) throw new BadRequestError('organizationInactive', field);
    return { id: office.id, regionCode: office.regionCode };
  });
}

// --- Writing -----------------------------------------------------------------------------------

interface Handing {
  directiveId: string;
  title: string;
  instruction: string | null;
  meetingId: string | null;
  dueOn: string;
  priority: DirectiveRow['priority'];
  indicatorId: string | null;
  issuer: { id: string; organization: { id: string } | null } | null;
}

/** One item per office, each assigned like any new item (ActionItemAssigned tells the office). */
async function handOut(scoped: Context, handing: Handing, offices: Office[]) {
  const handed: { organizationId: string; actionItemId: string }[] = [];
  for (const office of offices) {
    const link = handing.indicatorId
      ? await resolveIndicatorLink(scoped, { indicatorId: handing.indicatorId }, office.regionCode)
      : undefined;
    const actionItemId = await insertAssignedItem(
      scoped,
      {
        title: handing.title,
        description: handing.instruction,
        meetingId: handing.meetingId,
        proposalId: null,
        commitmentId: null,
        ownerOrganizationId: office.id,
        ownerPersonId: null,
        assignedByPersonId: handing.issuer?.id ?? null,
        dueOn: handing.dueOn,
        priority: handing.priority,
        idempotencyKey: null,
        directiveId: handing.directiveId,
        directiveOfficeId: office.id,
      },
      office,
      handing.issuer,
      link,
    );
    handed.push({ organizationId: office.id, actionItemId });
  }
  return handed;
}

async function requireIssuer(ctx: Context, organizationId: string | null, personId: string | null) {
  if (!organizationId) throw new BadRequestError('required', 'issuedByOrganizationId');
  const [office] = await findOfficesForDirective(ctx.db, [organizationId]);
  if (!office || !regionInScope(scopeOf(ctx), office.regionCode)) {
    throw new NotFoundError('organizationNotFound', 'issuedByOrganizationId');
  }
  const person = personId ? await findPerson(ctx.db, personId) : undefined;
  if (personId && !person) throw new NotFoundError('personNotFound', 'issuedByPersonId');
  return {
    office,
    person: person
      ? { id: person.id, organization: person.organization ? { id: person.organization.id } : null }
      : null,
  };
}

/**
 * A head hands one directive to many offices in one transaction: the directive and one open item
 * per office (owned by the office, from the directive's meeting), all or nothing.
 */
export async function issueDirective(ctx: Context, input: In<typeof directiveIssueInput>) {
  const { id } = await createOnce(
    input.idempotencyKey,
    (key) => findDirectiveIdByKey(ctx.db, key),
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const scoped = { ...ctx, db: trx };
        const { office: issuer, person } = await requireIssuer(
          scoped,
          input.issuedByOrganizationId ?? ctx.user?.organizationId ?? null,
          input.issuedByPersonId ?? ctx.user?.personId ?? null,
        );
        if (input.meetingId && !(await isVisible(trx, 'meeting', input.meetingId, scopeOf(ctx)))) {
          throw new NotFoundError('meetingNotFound', 'meetingId');
        }
        const offices = await resolveOffices(scoped, input);
        requireDirectiveAuthority(
          scoped,
          issuer.regionCode,
          offices.map((o) => o.regionCode),
        );
        const directiveId = await insertDirective(trx, {
          title: input.title,
          instruction: input.instruction,
          meetingId: input.meetingId,
          issuedByOrganizationId: issuer.id,
          issuedByPersonId: person?.id ?? null,
          regionCode: issuer.regionCode,
          dueOn: input.dueOn,
          priority: input.priority,
          idempotencyKey: input.idempotencyKey ?? null,
        });
        const handed = await handOut(
          scoped,
          { ...input, directiveId, indicatorId: input.indicatorId, issuer: person },
          offices,
        );
        await recordEvent(trx, ctx.actor, {
          aggregateType: 'directive',
          aggregateId: directiveId,
          regions: [],
          eventType: 'DirectiveIssued',
          payload: {
            title: input.title,
            dueOn: input.dueOn,
            priority: input.priority,
            meetingId: input.meetingId,
            issuedByOrganizationId: issuer.id,
            issuedByPersonId: person?.id ?? null,
            allRegencyOfficesOf: input.allRegencyOfficesOf ?? null,
            offices: handed,
          },
        });
        return directiveId;
      }),
  );
  return getDirective(ctx, id);
}

/** The regions a change to the directive must be covered over: its issuer and every office's. */
async function officeRegionsOf(ctx: Context, directiveId: string) {
  const items = await listDirectiveItemIds(ctx.db, directiveId);
  const offices = await findOfficesForDirective(
    ctx.db,
    items.map((i) => i.directiveOfficeId).filter((id): id is string => !!id),
  );
  return { items, officeRegions: offices.map((o) => o.regionCode) };
}

/** A change to one directive: visible, the caller's (a head over it all), at their version, locked. */
function changeDirective(
  ctx: Context,
  input: { id: string; version: number },
  work: (scoped: Context, directive: DirectiveRow) => Promise<void>,
) {
  return changeVersioned(
    ctx,
    input,
    {
      kind: { requireVisible: requireDirectiveVisible, notFound: 'directiveNotFound' },
      lock: lockDirective,
      read: getDirective,
      authorize: async (scoped, directive) => {
        if (!scoped.user) return;
        const { officeRegions } = await officeRegionsOf(scoped, directive.id);
        if (!mayChangeDirective(actorOf(scoped.user), { regionCode: directive.regionCode, officeRegions })) {
          throw new DomainError('FORBIDDEN', 'onlyHeadsOverDirective');
        }
      },
    },
    work,
  );
}

function requireNotCancelled(directive: DirectiveRow) {
  if (directive.status === 'cancelled') throw new BadRequestError('directiveNotOpen', 'id');
}

const editableFields = ['title', 'instruction', 'dueOn', 'priority'] as const;

/**
 * Edits what the offices share. A new deadline moves every item still open whose deadline was the
 * directive's (each recorded as the item's own ActionItemUpdated); an item that was given more time
 * keeps its own date, and done or cancelled items keep theirs. Title, instruction and priority change
 * the directive only: each item keeps the words it was handed (its owner may have passed them down
 * with their own instruction), and its owner's head may still edit it like any item.
 */
export function updateDirectiveDetails(ctx: Context, input: In<typeof directiveUpdateInput>) {
  return changeDirective(ctx, input, async (scoped, directive) => {
    requireNotCancelled(directive);
    const before = {
      title: directive.title,
      instruction: directive.instruction,
      dueOn: directive.dueOnText,
      priority: directive.priority,
    };
    const after = {
      title: input.title,
      instruction: input.instruction,
      dueOn: input.dueOn,
      priority: input.priority,
    };
    const changes = changedFields(before, after, editableFields);
    const itemsMoved: string[] = [];
    if (input.dueOn !== directive.dueOnText) {
      for (const { id } of await listDirectiveItemIds(scoped.db, directive.id)) {
        const item = await lockActionItem(scoped.db, id);
        if (!item || isFinal(actionItemStatusMachine, item.status) || item.dueOnText !== directive.dueOnText)
          continue;
        await directiveItemChanges.moveDeadline(scoped, item, input.dueOn);
        itemsMoved.push(id);
      }
    }
    await updateDirective(scoped.db, directive.id, directive.version, after);
    await recordEvent(scoped.db, scoped.actor, {
      aggregateType: 'directive',
      aggregateId: directive.id,
      regions: [],
      eventType: 'DirectiveUpdated',
      payload: { changes, itemsMoved },
    });
  });
}

/**
 * Hands the directive to more offices (those that have it already are left as they are). A closed
 * directive opens again: the new offices have work to do.
 */
export function addDirectiveOffices(ctx: Context, input: In<typeof directiveAddOfficesInput>) {
  return changeDirective(ctx, input, async (scoped, directive) => {
    requireNotCancelled(directive);
    const { items, officeRegions } = await officeRegionsOf(scoped, directive.id);
    const given = new Set(items.map((i) => i.directiveOfficeId));
    const offices = (await resolveOffices(scoped, input)).filter((o) => !given.has(o.id));
    if (offices.length === 0) throw new BadRequestError('directiveOfficesAlreadyGiven', 'officeIds');
    if (items.length + offices.length > DIRECTIVE_MAX_OFFICES) {
      throw new BadRequestError('directiveTooManyOffices', 'officeIds', DIRECTIVE_MAX_OFFICES);
    }
    requireDirectiveAuthority(scoped, directive.regionCode, [
      ...officeRegions,
      ...offices.map((o) => o.regionCode),
    ]);
    const issuer = directive.issuedByPersonId
      ? await findPerson(scoped.db, directive.issuedByPersonId)
      : undefined;
    const first = items[0] ? await lockActionItem(scoped.db, items[0].id) : undefined;
    const handed = await handOut(
      scoped,
      {
        directiveId: directive.id,
        title: directive.title,
        instruction: directive.instruction,
        meetingId: directive.meetingId,
        dueOn: directive.dueOnText,
        priority: directive.priority,
        // The indicator the first offices' items move, in each new office's own region.
        indicatorId: first?.indicatorId ?? null,
        issuer: issuer
          ? { id: issuer.id, organization: issuer.organization ? { id: issuer.organization.id } : null }
          : null,
      },
      offices,
    );
    const reopens = directive.status === 'closed';
    await updateDirective(
      scoped.db,
      directive.id,
      directive.version,
      reopens ? { status: 'open', closedAt: null } : {},
    );
    await recordEvent(scoped.db, scoped.actor, {
      aggregateType: 'directive',
      aggregateId: directive.id,
      regions: [],
      eventType: 'DirectiveOfficesAdded',
      payload: { offices: handed },
    });
    if (reopens) {
      await recordEvent(scoped.db, scoped.actor, {
        aggregateType: 'directive',
        aggregateId: directive.id,
        regions: [],
        eventType: 'DirectiveReopened',
        payload: { reason: 'officesAdded' },
      });
    }
  });
}

/**
 * Cancels the directive and every item of it still open (each records its own status change with
 * the reason). The directive is marked first, so the last item's cancel does not close it instead.
 */
export function cancelDirective(ctx: Context, input: In<typeof directiveCancelInput>) {
  return changeDirective(ctx, input, async (scoped, directive) => {
    if (directive.status !== 'open') throw new BadRequestError('illegalTransition', 'id', directive.status);
    await updateDirective(scoped.db, directive.id, directive.version, {
      status: 'cancelled',
      closedAt: new Date(),
    });
    const itemsCancelled: string[] = [];
    for (const { id } of await listDirectiveItemIds(scoped.db, directive.id)) {
      const item = await lockActionItem(scoped.db, id);
      if (!item || isFinal(actionItemStatusMachine, item.status)) continue;
      await directiveItemChanges.cancel(scoped, item, input.reason);
      itemsCancelled.push(id);
    }
    await recordEvent(scoped.db, scoped.actor, {
      aggregateType: 'directive',
      aggregateId: directive.id,
      regions: [],
      eventType: 'DirectiveCancelled',
      payload: { reason: input.reason, itemsCancelled },
    });
  });
}
