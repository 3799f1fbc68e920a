import {
  type Database,
  type DemoActionItem,
  demoActionItems,
  demoCommitments,
  demoIndicatorLinks,
  demoMeetingCounts,
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
  commitmentCreateInput,
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
import * as commitments from '../services/commitment.service';
import * as meetingService from '../services/meeting.service';
import { createOrganization } from '../services/organization.service';
import { createPerson } from '../services/person.service';
import * as proposalService from '../services/proposal.service';
import { seedDemoIndicators, seedDemoTargets } from './demo-indicators';

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
    actionItems: {
      create: via(actionItemCreateInput, actionItems.createActionItem),
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
    });
    commitments.set(commitment.key, created.id);
  }

  // Before the action items, which name the indicators they are meant to move.
  const indicators = await seedDemoIndicators(system, { orgs, meetings });

  for (const item of demoActionItems) {
    await seedActionItem(api, item, { orgs, people, meetings, proposals, commitments, indicators });
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
) {
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
  const next = { id: current.id };
  if (owner !== headOffice) {
    current = await api.actionItems.delegate({
      ...next,
      version: current.version,
      toOrganizationId: owner,
      instruction: 'Mohon ditindaklanjuti dan dilaporkan kemajuannya setiap minggu.',
    });
  }
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
