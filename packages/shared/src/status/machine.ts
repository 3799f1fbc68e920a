/**
 * A status machine: for each status, the actions allowed from it and where each leads. The API
 * enforces transitions with `transition`; the web shows only `allowedActions`.
 */
export interface StatusMachine<S extends string, A extends string> {
  readonly initial: S;
  readonly statuses: readonly S[];
  readonly actions: readonly A[];
  readonly transitions: { readonly [From in S]: Partial<Record<A, S>> };
  /**
   * Statuses before the record's work begins (an action item drafted by the secretariat, not yet
   * assigned): neither open nor final, so no list, count, reminder or digest of open work sees them.
   */
  readonly preliminary?: readonly S[];
}

export function defineMachine<const S extends string, const A extends string>(
  machine: StatusMachine<S, A>,
): StatusMachine<S, A> {
  return machine;
}

export function allowedActions<S extends string, A extends string>(
  machine: StatusMachine<S, A>,
  from: S,
): A[] {
  return machine.actions.filter((action) => machine.transitions[from][action] !== undefined);
}

/** The status an action leads to, or undefined when the action is not allowed from `from`. */
export function transition<S extends string, A extends string>(
  machine: StatusMachine<S, A>,
  from: S,
  action: A,
): S | undefined {
  return machine.transitions[from][action];
}

/** A status with no way out. */
export function isFinal<S extends string, A extends string>(
  machine: StatusMachine<S, A>,
  status: S,
): boolean {
  return allowedActions(machine, status).length === 0;
}

/** The statuses with no way out: the record's work is over, one way or another. */
export function finalStatuses<S extends string, A extends string>(machine: StatusMachine<S, A>): S[] {
  return machine.statuses.filter((status) => isFinal(machine, status));
}

/**
 * The statuses a record can still leave: its work is not over. Lists and counts of "open" records
 * (deadlines, digests, dashboards) take them from here rather than spelling them out in SQL.
 */
export function openStatuses<S extends string, A extends string>(machine: StatusMachine<S, A>): S[] {
  const preliminary: readonly S[] = machine.preliminary ?? [];
  return machine.statuses.filter((status) => !isFinal(machine, status) && !preliminary.includes(status));
}
