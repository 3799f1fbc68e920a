import {
  type Database,
  type DemoActionItem,
  demoActionItems,
  demoAgreements,
  demoCommitments,
  demoDirectives,
  demoIndicatorLinks,
  demoMeetingCounts,
  demoMeetingSeries,
  demoMeetings,
  demoMinutes,
  demoOrganizations,
  demoPeople,
  demoProposals,
  demoRegionOf,
  demoUsers,
} from '@tindak/db';
import {
  actionItemCreateInput,
  actionItemDelegateInput,
  actionItemProgressInput,
  actionItemTransitionInput,
  actionItemUpdateInput,
  agreementCreateInput,
  agreementSignInput,
  commitmentCreateInput,
  directiveIssueInput,
  evidenceSubmitInput,
  meetingCreateInput,
  meetingMinutesInput,
  meetingStatusInput,
  organizationCreateInput,
  personCreateInput,
  proposalCreateInput,
  proposalTransitionInput,
  todayIn,
  verificationInput,
} from '@tindak/shared';
import type { z } from 'zod';
import { hashPassword } from '../auth/password';
import type { Context } from '../context';
import { systemContext } from '../context';
import { recordEvent } from '../events/record-event';
import { listOfficeNames } from '../repositories/attendance-lookup.repo';
import { anyMeetingRecorded } from '../repositories/meeting-change.repo';
import { createAccount } from '../services/account-person';
import * as actionItems from '../services/action-item.service';
import * as agreementService from '../services/agreement.service';
import * as commitments from '../services/commitment.service';
import { issueDirective } from '../services/directive.service';
import * as meetingService from '../services/meeting.service';
import { followMeeting } from '../services/meeting-series.service';
import { createOrganization } from '../services/organization.service';
import { createPerson } from '../services/person.service';
import * as proposalService from '../services/proposal.service';
import { seedDemoIndicators, seedDemoTargets } from './demo-indicators';
import { seedDemoLetters } from './demo-letters';

/**
 * The demo seed is a system job: it calls the services directly (no user, no policy), parsing
 * every input with the same schemas the API uses.
 */
function systemApi(ctx: Context) {
  const via =
    <S extends z.ZodType, R>(schema: S, run: (ctx: Context, input: z.output<S>) => Promise<R>) =>
    (input: z.input<S>) =>
      run(ctx, schema.parse(input));
  return {
    organizations: { create: via(organizationCreateInput, createOrganization) },
    people: { create: via(personCreateInput, createPerson) },
    meetings: {
      create: via(meetingCreateInput, meetingService.createMeeting),
      setStatus: via(meetingStatusInput, meetingService.setMeetingStatus),
      saveMinutes: via(meetingMinutesInput, meetingService.saveMinutes),
    },
    proposals: {
      create: via(proposalCreateInput, proposalService.createProposal),
      transition: via(proposalTransitionInput, proposalService.transitionProposal),
    },
    commitments: { create: via(commitmentCreateInput, commitments.createCommitment) },
    agreements: {
      create: via(agreementCreateInput, agreementService.createAgreement),
      sign: via(agreementSignInput, agreementService.signAgreement),
    },
    directives: { issue: via(directiveIssueInput, issueDirective) },
    actionItems: {
      create: via(actionItemCreateInput, actionItems.createActionItem),
      update: via(actionItemUpdateInput, actionItems.updateActionItemDetails),
      delegate: via(actionItemDelegateInput, actionItems.delegate),
      reportProgress: via(actionItemProgressInput, actionItems.reportProgress),
      changeStatus: via(actionItemTransitionInput, actionItems.changeStatus),
      submitEvidence: via(evidenceSubmitInput, actionItems.submitEvidence),
      verify: via(verificationInput, actionItems.verify),
    },
  };
}

/**
 * Loads the demo data set through the API's own procedures, so every demo record is validated
 * like user input and carries its events. Does nothing when the database already holds meetings.
 */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  if (await anyMeetingRecorded(db)) return false;
  await seedDemo(db);
  return true;
}

function keyed(label: string) {
  const ids = new Map<string, string>();
  return {
    set: (key: string, id: string) => ids.set(key, id),
    get: (key: string) => {
      const id = ids.get(key);
      if (!id) throw new Error(`demo data: unknown ${label} "${key}"`);
      return id;
    },
  };
}

/** A calendar date `days` from today in WIB, so demo deadlines stay current whenever it is loaded. */
function dayFromToday(days: number): string {
  const [y, m, d] = todayIn().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export async function seedDemo(db: Database): Promise<void> {
  const system = systemContext(db);
  const api = systemApi(system);
  const orgs = keyed('office');
  const people = keyed('person');
  const meetings = keyed('meeting');
  const proposals = keyed('proposal');
  const commitments = keyed('commitment');
  const accounts = keyed('account');

  const existing = await listOfficeNames(db);
  for (const { key, ...org } of demoOrganizations) {
    const found = existing.find((e) => e.name === org.name && e.regionCode === org.regionCode);
    orgs.set(key, found ? found.id : (await api.organizations.create(org)).id);
  }
  for (const person of demoPeople) {
    const created = await api.people.create({
      fullName: person.fullName,
      position: person.position,
      organizationId: orgs.get(person.org),
    });
    people.set(person.key, created.id);
  }

  for (const meeting of demoMeetings) {
    let created = await api.meetings.create({
      type: meeting.type,
      title: meeting.title,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      place: meeting.place,
      hostOrganizationId: orgs.get(meeting.host),
      summary: meeting.summary,
      // The forum's "about 55", the training's 112: counts the article gives without a list of names.
      ...demoMeetingCounts[meeting.key],
      participants: meeting.participants.map((p) =>
        'person' in p
          ? {
              kind: 'person' as const,
              personId: people.get(p.person),
              role: p.role,
              attendance: 'present' as const,
              organizationId: p.org ? orgs.get(p.org) : undefined,
            }
          : {
              kind: 'guest' as const,
              guestName: p.guest,
              guestPosition: p.position,
              organizationId: orgs.get(p.org),
              role: p.role,
              attendance: 'present' as const,
            },
      ),
    });
    meetings.set(meeting.key, created.id);
    if (Date.parse(meeting.endsAt) < Date.now()) {
      created = await api.meetings.setStatus({
        id: created.id,
        version: created.version,
        action: 'markHeld',
      });
    }
    const minutes = demoMinutes[meeting.key];
    if (minutes) {
      await api.meetings.saveMinutes({ id: created.id, version: created.version, ...minutes });
    }
  }

  for (const proposal of demoProposals) {
    let created = await api.proposals.create({
      title: proposal.title,
      description: proposal.description,
      proposerOrganizationIds: proposal.proposers.map(orgs.get),
      addressedToOrganizationId: orgs.get(proposal.addressedTo),
      meetingIds: proposal.meetings.map(meetings.get),
      submit: true,
    });
    for (const action of proposal.afterSubmit) {
      created = await api.proposals.transition({
        id: created.id,
        version: created.version,
        action,
        decisionNote: action === 'startReview' ? undefined : proposal.decisionNote,
      });
    }
    proposals.set(proposal.key, created.id);
  }

  // Before the commitments: each partner's part of an agreement is linked to it (issue 19).
  const agreements = keyed('agreement');
  for (const agreement of demoAgreements) {
    const created = await api.agreements.create({
      kind: agreement.kind,
      title: agreement.title,
      description: agreement.description,
      ownerOrganizationId: orgs.get(agreement.owner),
      meetingId: meetings.get(agreement.meeting),
      parties: agreement.parties.map((party) => ({
        organizationId: orgs.get(party.org),
        signatoryName: party.signatory,
        signatoryPosition: party.signatoryPosition,
      })),
      scopeItems: agreement.scopeItems,
    });
    if (agreement.signed) {
      await api.agreements.sign({
        id: created.id,
        version: created.version,
        signedOn: agreement.signed.on,
        signedPlace: agreement.signed.place,
      });
    }
    agreements.set(agreement.key, created.id);
  }

  for (const commitment of demoCommitments) {
    const created = await api.commitments.create({
      title: commitment.title,
      description: commitment.description,
      committedByOrganizationId: orgs.get(commitment.party),
      committedByPersonId: commitment.person ? people.get(commitment.person) : undefined,
      regionCodes: commitment.regions,
      ownerOrganizationId: orgs.get(commitment.owner),
      ownerPersonId: commitment.ownerPerson ? people.get(commitment.ownerPerson) : undefined,
      meetingId: meetings.get(commitment.meeting),
      proposalIds: commitment.proposals?.map(proposals.get),
      dueOn: commitment.dueInDays === undefined ? undefined : dayFromToday(commitment.dueInDays),
      isPublic: commitment.isPublic,
      agreementId: commitment.agreement ? agreements.get(commitment.agreement) : undefined,
    });
    commitments.set(commitment.key, created.id);
  }

  // Before the action items, which name the indicators they are meant to move.
  const indicators = await seedDemoIndicators(system, { orgs, meetings });

  // The Governor's Rakornis directives go to the 11 regencies/cities in one step each (issue 19).
  const directiveItems = keyed('directive item');
  for (const directive of demoDirectives) {
    const moves = demoIndicatorLinks[directive.title];
    const issued = await api.directives.issue({
      title: directive.title,
      instruction: directive.instruction,
      meetingId: meetings.get(directive.meeting),
      dueOn: dayFromToday(directive.dueInDays),
      priority: directive.priority,
      allRegencyOfficesOf: demoRegionOf(directive.issuer.replace(/^diskominfo-/, '')),
      indicatorId: moves ? indicators.get(moves) : undefined,
      issuedByOrganizationId: orgs.get(directive.issuer),
      issuedByPersonId: people.get(directive.issuerPerson),
    });
    for (const row of issued.offices) directiveItems.set(`${directive.key} ${row.office.id}`, row.itemId);
  }

  for (const item of demoActionItems) {
    const fromDirective = demoDirectives.find((d) => d.key === item.directive);
    await seedActionItem(
      api,
      item,
      { orgs, people, meetings, proposals, commitments, indicators },
      fromDirective && {
        id: directiveItems.get(`${fromDirective.key} ${orgs.get(item.owner)}`),
        dueInDays: fromDirective.dueInDays,
      },
    );
  }

  // Once every record is in: a series carries over what its earlier meetings left open.
  for (const link of demoMeetingSeries) {
    const meetingId = meetings.get(link.meeting);
    const { version } = await meetingService.getMeeting(system, meetingId);
    await followMeeting(system, { id: meetingId, version, followsMeetingId: meetings.get(link.follows) });
  }

  // Demo accounts get their password directly (no invitation round-trip).
  for (const user of demoUsers) {
    await db.transaction().execute(async (trx) => {
      // Each account is a person: the demo's own (the head), else one made with the account.
      const created = {
        id: (
          await createAccount(
            trx,
            { id: null },
            {
              email: user.email,
              displayName: user.displayName,
              role: user.role,
              organizationId: orgs.get(user.org),
              personId: user.person ? people.get(user.person) : null,
              passwordHash: await hashPassword(user.password),
            },
          )
        ).userId,
      };
      await recordEvent(
        trx,
        { id: null },
        {
          aggregateType: 'user',
          aggregateId: created.id,
          eventType: 'UserCreated',
          payload: { role: user.role, demo: true },
        },
      );
      accounts.set(user.email, created.id);
    });
  }

  // After the accounts: a target says who set it (the province head).
  await seedDemoTargets(system, indicators, accounts);

  // Last, once every meeting is in: kop surat, paper and invitation letters (issue 19).
  await seedDemoLetters(system, orgs, people);
}

type Keyed = ReturnType<typeof keyed>;
type Api = ReturnType<typeof systemApi>;

/** Creates one item and walks it to its demo stage the way people would. */
async function seedActionItem(
  api: Api,
  item: DemoActionItem,
  keys: {
    orgs: Keyed;
    people: Keyed;
    meetings: Keyed;
    proposals: Keyed;
    commitments: Keyed;
    indicators: Map<string, string>;
  },
  /** The office's item of a directive, already issued at the directive's deadline. */
  directiveItem?: { id: string; dueInDays: number },
) {
  if (directiveItem) {
    await walkToStage(api, item, await directiveItemAtItsDeadline(api, item, directiveItem));
    return;
  }
  const inBanyuasin = item.owner.endsWith('banyuasin');
  const head = inBanyuasin ? keys.people.get('erwin') : keys.people.get('ariansyah');
  const headOffice = inBanyuasin ? keys.orgs.get('pemkab-banyuasin') : keys.orgs.get('diskominfo-jambi');
  const owner = keys.orgs.get(item.owner);
  const source = item.source;
  // A directive item moves its indicator in the office's own region, not the province's that assigns it.
  const moves = demoIndicatorLinks[item.title];
  const indicatorId = moves ? keys.indicators.get(moves) : undefined;
  if (moves && !indicatorId) throw new Error(`demo data: unknown indicator "${moves}"`);
  let current = await api.actionItems.create({
    title: item.title,
    description: item.description,
    meetingId: 'meeting' in source ? keys.meetings.get(source.meeting) : undefined,
    proposalId: 'proposal' in source ? keys.proposals.get(source.proposal) : undefined,
    commitmentId: 'commitment' in source ? keys.commitments.get(source.commitment) : undefined,
    ownerOrganizationId: headOffice,
    ownerPersonId: head,
    assignedByPersonId: head,
    dueOn: dayFromToday(item.dueInDays),
    priority: item.priority,
    indicator: indicatorId
      ? { indicatorId, regionCode: demoRegionOf(item.owner.replace(/^diskominfo-/, '')) }
      : undefined,
  });
  if (owner !== headOffice) {
    current = await api.actionItems.delegate({
      id: current.id,
      version: current.version,
      toOrganizationId: owner,
      instruction: 'Mohon ditindaklanjuti dan dilaporkan kemajuannya setiap minggu.',
    });
  }
  await walkToStage(api, item, current);
}

/**
 * A directive's item with the deadline its office agreed with the province head: the demo's
 * offices stand at different points (some overdue, some with time left), as after real talks.
 */
async function directiveItemAtItsDeadline(
  api: Api,
  item: DemoActionItem,
  directiveItem: { id: string; dueInDays: number },
) {
  const current = { id: directiveItem.id, version: 1 };
  if (item.dueInDays === directiveItem.dueInDays) return current;
  return api.actionItems.update({
    ...current,
    title: item.title,
    description: item.description,
    dueOn: dayFromToday(item.dueInDays),
    priority: item.priority ?? 'normal',
  });
}

/** Walks an assigned item to its demo stage the way its owner and head would. */
async function walkToStage(api: Api, item: DemoActionItem, start: { id: string; version: number }) {
  let current = start;
  const next = { id: current.id };
  const progress = item.progress ?? 0;
  if (item.stage === 'in_progress' || item.stage === 'blocked' || (progress > 0 && progress < 100)) {
    current = await api.actionItems.reportProgress({
      ...next,
      version: current.version,
      progress: Math.max(progress, 10),
    });
  }
  if (item.stage === 'blocked') {
    current = await api.actionItems.changeStatus({
      ...next,
      version: current.version,
      action: 'block',
      reason: 'Menunggu anggaran perubahan untuk biaya migrasi.',
    });
  }
  if (item.stage === 'awaiting_verification' || item.stage === 'done') {
    current = await api.actionItems.submitEvidence({
      ...next,
      version: current.version,
      note: 'Laporan pelaksanaan terlampir.',
    });
  }
  if (item.stage === 'done') {
    await api.actionItems.verify({ ...next, version: current.version, accept: true });
  }
}
