import { describe, expect, it } from 'vitest';
import {
  actionItemStatusMachine,
  actionItemWorkStatuses,
  commitmentStatusMachine,
  finalStatuses,
  meetingStatusMachine,
  openStatuses,
  proposalStatusMachine,
  type StatusMachine,
} from '../src';

/** Open, final and (for a draft not yet anyone's work) preliminary statuses cover the machine once. */
function splitsInTwo<S extends string, A extends string>(machine: StatusMachine<S, A>) {
  expect(
    [...openStatuses(machine), ...finalStatuses(machine), ...(machine.preliminary ?? [])].sort(),
  ).toEqual([...machine.statuses].sort());
}

describe('open statuses', () => {
  it('are the statuses a record can still leave, in the machine order', () => {
    expect(openStatuses(actionItemStatusMachine)).toEqual([
      'open',
      'in_progress',
      'awaiting_verification',
      'blocked',
    ]);
    expect(openStatuses(commitmentStatusMachine)).toEqual(['open', 'in_progress']);
    expect(openStatuses(proposalStatusMachine)).toEqual(['draft', 'submitted', 'under_review']);
    expect(openStatuses(meetingStatusMachine)).toEqual(['scheduled', 'postponed']);
  });

  it('and final statuses split every machine in two', () => {
    expect(finalStatuses(actionItemStatusMachine)).toEqual(['done', 'cancelled']);
    splitsInTwo(actionItemStatusMachine);
    splitsInTwo(commitmentStatusMachine);
    splitsInTwo(proposalStatusMachine);
    splitsInTwo(meetingStatusMachine);
  });

  it('leave out a draft follow-up: it is neither open work nor finished', () => {
    expect(actionItemStatusMachine.preliminary).toEqual(['draft']);
    expect(openStatuses(actionItemStatusMachine)).not.toContain('draft');
    expect(finalStatuses(actionItemStatusMachine)).not.toContain('draft');
    expect(actionItemWorkStatuses).not.toContain('draft');
  });

  it("of action items waiting on the owner's work leave out those awaiting verification", () => {
    expect(actionItemWorkStatuses).toEqual(['open', 'in_progress', 'blocked']);
  });
});
