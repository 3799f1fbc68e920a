import { type StatusMachine, transition } from '@tindak/shared';
import { BadRequestError } from '../errors';

/**
 * The status `action` leads to from `from`, or a BAD_REQUEST naming the current status. Every
 * service changes status through here, with the same machine the web uses to offer actions.
 */
export function requireTransition<S extends string, A extends string>(
  machine: StatusMachine<S, A>,
  from: S,
  action: A,
  field = 'action',
): S {
  const to = transition(machine, from, action);
  if (to === undefined) throw new BadRequestError('illegalTransition', field, from);
  return to;
}
