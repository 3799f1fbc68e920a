import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actionItemStatusMachine,
  allowedActions,
  commitmentStatusMachine,
  isFinal,
  meetingStatusMachine,
  proposalStatusMachine,
  type StatusMachine,
  transition,
} from '../src';

const machines = {
  meeting: meetingStatusMachine,
  proposal: proposalStatusMachine,
  commitment: commitmentStatusMachine,
  actionItem: actionItemStatusMachine,
} as Record<string, StatusMachine<string, string>>;

/** Applies a random sequence of actions, skipping refused ones as the API would, and returns every state reached. */
function walk(machine: StatusMachine<string, string>, actions: string[]) {
  let status = machine.initial;
  const reached = [status];
  for (const action of actions) {
    const next = transition(machine, status, action);
    if (next === undefined) {
      expect(allowedActions(machine, status)).not.toContain(action);
      continue;
    }
    status = next;
    reached.push(status);
  }
  return reached;
}

describe.each(Object.entries(machines))('%s status machine', (_name, machine) => {
  it('only ever reaches declared statuses, and leaves a final one never', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...machine.actions), { maxLength: 40 }), (actions) => {
        const reached = walk(machine, actions);
        for (const status of reached) expect(machine.statuses).toContain(status);
        const firstFinal = reached.findIndex((s) => isFinal(machine, s));
        if (firstFinal >= 0)
          expect(reached.slice(firstFinal).every((s) => s === reached[firstFinal])).toBe(true);
      }),
    );
  });

  it('can reach every declared status from the initial one', () => {
    const seen = new Set([machine.initial]);
    const queue = [machine.initial];
    while (queue.length) {
      const from = queue.shift() as string;
      for (const action of allowedActions(machine, from)) {
        const to = transition(machine, from, action) as string;
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
    expect([...seen].sort()).toEqual([...machine.statuses].sort());
  });
});

describe('action item verification', () => {
  it('never reaches done without passing through awaiting_verification just before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...actionItemStatusMachine.actions), { maxLength: 60 }),
        (actions) => {
          const reached = walk(actionItemStatusMachine as StatusMachine<string, string>, actions);
          reached.forEach((status, index) => {
            if (status === 'done' && reached[index - 1] !== 'done') {
              expect(reached[index - 1]).toBe('awaiting_verification');
            }
          });
        },
      ),
    );
  });

  it('sends a rejected item back to work', () => {
    expect(transition(actionItemStatusMachine, 'awaiting_verification', 'rejectEvidence')).toBe(
      'in_progress',
    );
    expect(transition(actionItemStatusMachine, 'open', 'acceptEvidence')).toBeUndefined();
  });
});

describe('action item enums', () => {
  it('list the same statuses and actions as the machine', async () => {
    const { actionItemStatuses, actionItemActions } = await import('../src');
    expect([...actionItemStatuses].sort()).toEqual([...actionItemStatusMachine.statuses].sort());
    expect([...actionItemActions].sort()).toEqual([...actionItemStatusMachine.actions].sort());
  });
});

describe('action item drafts', () => {
  it('are assigned (open) or cancelled, and nothing returns to a draft', () => {
    expect(allowedActions(actionItemStatusMachine, 'draft')).toEqual(['assign', 'cancel']);
    expect(transition(actionItemStatusMachine, 'draft', 'assign')).toBe('open');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...actionItemStatusMachine.actions), { maxLength: 40 }),
        (actions) => {
          const reached = walk(actionItemStatusMachine as StatusMachine<string, string>, actions);
          expect(reached.slice(1)).not.toContain('draft');
        },
      ),
    );
  });
});
