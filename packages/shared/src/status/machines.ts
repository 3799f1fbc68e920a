import { defineMachine, openStatuses } from './machine';

export const meetingStatusMachine = defineMachine({
  initial: 'scheduled',
  statuses: ['scheduled', 'held', 'postponed', 'cancelled'],
  actions: ['markHeld', 'postpone', 'reschedule', 'cancel'],
  transitions: {
    scheduled: { markHeld: 'held', postpone: 'postponed', cancel: 'cancelled' },
    postponed: { reschedule: 'scheduled', cancel: 'cancelled' },
    held: {},
    cancelled: {},
  },
});

export const proposalStatusMachine = defineMachine({
  initial: 'draft',
  statuses: ['draft', 'submitted', 'under_review', 'accepted', 'partly_accepted', 'rejected', 'withdrawn'],
  actions: ['submit', 'startReview', 'accept', 'acceptPartly', 'reject', 'withdraw'],
  transitions: {
    draft: { submit: 'submitted', withdraw: 'withdrawn' },
    submitted: {
      startReview: 'under_review',
      accept: 'accepted',
      acceptPartly: 'partly_accepted',
      reject: 'rejected',
      withdraw: 'withdrawn',
    },
    under_review: {
      accept: 'accepted',
      acceptPartly: 'partly_accepted',
      reject: 'rejected',
      withdraw: 'withdrawn',
    },
    accepted: {},
    partly_accepted: {},
    rejected: {},
    withdrawn: {},
  },
});

export const commitmentStatusMachine = defineMachine({
  initial: 'open',
  statuses: ['open', 'in_progress', 'fulfilled', 'not_fulfilled', 'cancelled'],
  actions: ['start', 'fulfil', 'markNotFulfilled', 'cancel'],
  transitions: {
    open: {
      start: 'in_progress',
      fulfil: 'fulfilled',
      markNotFulfilled: 'not_fulfilled',
      cancel: 'cancelled',
    },
    in_progress: { fulfil: 'fulfilled', markNotFulfilled: 'not_fulfilled', cancel: 'cancelled' },
    fulfilled: {},
    not_fulfilled: {},
    cancelled: {},
  },
});

/**
 * Action items reach `done` only through verification: the owner submits evidence, the assigner
 * (or a head) accepts it; a rejection sends the item back to work. The secretariat may draft items
 * from a meeting's minutes; a head of the host office assigns a draft (it opens, and its owner is
 * told like of any new item) or cancels it. Heads creating items create them open.
 */
export const actionItemStatusMachine = defineMachine({
  initial: 'draft',
  statuses: ['draft', 'open', 'in_progress', 'awaiting_verification', 'done', 'blocked', 'cancelled'],
  actions: [
    'assign',
    'start',
    'submitEvidence',
    'acceptEvidence',
    'rejectEvidence',
    'block',
    'unblock',
    'cancel',
  ],
  preliminary: ['draft'],
  transitions: {
    draft: { assign: 'open', cancel: 'cancelled' },
    open: {
      start: 'in_progress',
      submitEvidence: 'awaiting_verification',
      block: 'blocked',
      cancel: 'cancelled',
    },
    in_progress: { submitEvidence: 'awaiting_verification', block: 'blocked', cancel: 'cancelled' },
    blocked: { unblock: 'in_progress', cancel: 'cancelled' },
    awaiting_verification: { acceptEvidence: 'done', rejectEvidence: 'in_progress', cancel: 'cancelled' },
    done: {},
    cancelled: {},
  },
});

type StatusOf<M> = M extends { statuses: readonly (infer S)[] } ? S : never;
type ActionOf<M> = M extends { actions: readonly (infer A)[] } ? A : never;

export type MeetingStatus = StatusOf<typeof meetingStatusMachine>;
export type MeetingAction = ActionOf<typeof meetingStatusMachine>;
export type ProposalStatus = StatusOf<typeof proposalStatusMachine>;
export type ProposalAction = ActionOf<typeof proposalStatusMachine>;
export type CommitmentStatus = StatusOf<typeof commitmentStatusMachine>;
export type CommitmentAction = ActionOf<typeof commitmentStatusMachine>;
export type ActionItemStatus = StatusOf<typeof actionItemStatusMachine>;
export type ActionItemAction = ActionOf<typeof actionItemStatusMachine>;

/**
 * Open action items waiting on their owner's work (not on a verifier): deadline reminders go out
 * for these, and only these take progress reports.
 */
export const actionItemWorkStatuses: readonly ActionItemStatus[] = openStatuses(
  actionItemStatusMachine,
).filter((status) => status !== 'awaiting_verification');
