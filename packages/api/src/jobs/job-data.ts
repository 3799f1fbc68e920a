/**
 * The ids a job names: one (`{ emailId }`, as every job was before groups) or a group
 * (`{ emailIds: [...] }`, the weekly digest's). Anything else in those fields is ignored: a job's
 * data is written by this code, but a queue outlives releases.
 */
export function idsOf(data: Record<string, unknown>, one: string, many: string): string[] {
  const single = data[one];
  const group = data[many];
  const ids = Array.isArray(group) ? group : [single];
  return ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
}
