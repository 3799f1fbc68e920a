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

function splitsInTwo<S extends string, A extends string>(machine: StatusMachine<S, A>) {
  expect([...openStatuses(machine), ...finalStatuses(machine)].sort()).toEqual([...machine.statuses].sort());
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

  it("of action items waiting on the owner's work leave out those awaiting verification", () => {
    expect(actionItemWorkStatuses).toEqual(['open', 'in_progress', 'blocked']);
  });
});
