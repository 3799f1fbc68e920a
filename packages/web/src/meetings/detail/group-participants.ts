import type { Participant } from '@tindak/shared';

export interface RegionGroup {
  /** null for participants without a region (national partners, companies). */
  code: string | null;
  name: string | null;
  participants: Participant[];
}

/** Groups in region-code order (province before its regencies), participants without a region last. */
export function groupByRegion(participants: readonly Participant[]): RegionGroup[] {
  const groups = new Map<string | null, RegionGroup>();
  for (const participant of participants) {
    const code = participant.region?.code ?? null;
    let group = groups.get(code);
    if (!group) {
      group = { code, name: participant.region?.name ?? null, participants: [] };
      groups.set(code, group);
    }
    group.participants.push(participant);
  }
  return [...groups.values()].sort((a, b) => {
    if (a.code === null) return 1;
    if (b.code === null) return -1;
    return a.code.localeCompare(b.code, 'en', { numeric: true });
  });
}
