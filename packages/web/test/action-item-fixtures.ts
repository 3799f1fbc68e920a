import type { ActionItemDetail, ActionItemSummary } from '@tindak/shared';
import { diskominfoJambi, rakornis } from './fixtures';

export const kerinciOffice = {
  id: '0b9f3f7e-4a53-4c49-9f0e-1c1f5b2a0011',
  name: 'Dinas Komunikasi dan Informatika Kabupaten Kerinci',
};

export function itemId(n: number): string {
  return `a1000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function summaryOf(overrides: Partial<ActionItemSummary> = {}): ActionItemSummary {
  return {
    id: itemId(1),
    title: 'Petakan titik blank spot di Kabupaten Kerinci',
    status: 'in_progress',
    health: 'on_track',
    priority: 'normal',
    progress: 40,
    dueOn: '2025-12-15',
    ownerOrganization: kerinciOffice,
    ownerPerson: { id: 'b1000000-0000-4000-8000-000000000001', name: 'Budi Santoso' },
    region: { code: '15.01', name: 'Kabupaten Kerinci' },
    meeting: { id: rakornis.id, title: rakornis.title, outsideScope: false },
    directive: null,
    version: 3,
    createdAt: '2025-11-03T08:00:00.000Z',
    ...overrides,
  };
}

export function detailOfItem(overrides: Partial<ActionItemDetail> = {}): ActionItemDetail {
  return {
    ...summaryOf(),
    description: 'Data titik blank spot untuk usulan BTS ke BAKTI.',
    proposal: null,
    commitment: null,
    assignedBy: { id: 'b1000000-0000-4000-8000-000000000009', name: 'Drs. Ariansyah, M.E.' },
    completedAt: null,
    updatedAt: '2025-11-05T08:00:00.000Z',
    allowedActions: ['submitEvidence', 'block', 'cancel'],
    chain: [
      {
        step: 1,
        from: {
          organization: { id: diskominfoJambi.id, name: diskominfoJambi.name },
          person: { id: 'b1000000-0000-4000-8000-000000000009', name: 'Drs. Ariansyah, M.E.' },
        },
        to: {
          organization: { id: diskominfoJambi.id, name: diskominfoJambi.name },
          person: { id: 'b1000000-0000-4000-8000-000000000009', name: 'Drs. Ariansyah, M.E.' },
        },
        instruction: 'Data titik blank spot untuk usulan BTS ke BAKTI.',
        createdAt: '2025-11-03T08:00:00.000Z',
      },
      {
        step: 2,
        from: {
          organization: { id: diskominfoJambi.id, name: diskominfoJambi.name },
          person: { id: 'b1000000-0000-4000-8000-000000000009', name: 'Drs. Ariansyah, M.E.' },
        },
        to: { organization: kerinciOffice, person: null },
        instruction: 'Mohon ditindaklanjuti dan dilaporkan setiap minggu.',
        createdAt: '2025-11-04T01:30:00.000Z',
      },
    ],
    extensions: [],
    evidence: [],
    comments: [],
    latestDecision: null,
    indicator: null,
    draftHome: null,
    history: [
      {
        id: 1,
        occurredAt: '2025-11-03T08:00:00.000Z',
        actorId: null,
        actorName: null,
        eventType: 'ActionItemAssigned',
        // Events as the server records them: the whole payload of the catalogue in @tindak/shared.
        payload: {
          title: 'Pemetaan blank spot',
          dueOn: '2025-12-15',
          priority: 'high',
          ownerOrganizationId: 'b2000000-0000-4000-8000-000000000001',
          ownerPersonId: null,
          assignedByPersonId: null,
          source: { meetingId: null, proposalId: null, commitmentId: null },
        },
      },
      {
        id: 2,
        occurredAt: '2025-11-04T01:30:00.000Z',
        actorId: null,
        actorName: null,
        eventType: 'ActionItemDelegated',
        payload: {
          step: 2,
          from: { organizationId: 'b2000000-0000-4000-8000-000000000001', personId: null },
          to: { organizationId: 'b2000000-0000-4000-8000-000000000002', personId: null },
          instruction: 'Mohon ditindaklanjuti dan dilaporkan setiap minggu.',
        },
      },
    ],
    ...overrides,
  };
}

export const pendingEvidence: ActionItemDetail['evidence'][number] = {
  id: 'e1000000-0000-4000-8000-000000000001',
  note: 'Laporan pemetaan terlampir.',
  link: null,
  file: {
    id: 'f1000000-0000-4000-8000-000000000001',
    fileName: 'pemetaan-kerinci.pdf',
    sizeBytes: 204_800,
    contentType: 'application/pdf',
  },
  files: [
    {
      id: 'f1000000-0000-4000-8000-000000000001',
      fileName: 'pemetaan-kerinci.pdf',
      sizeBytes: 204_800,
      contentType: 'application/pdf',
    },
  ],
  verdict: 'pending',
  verdictReason: null,
  verifiedAt: null,
  createdAt: '2025-11-20T03:00:00.000Z',
};

/** An item whose evidence waits for the head's verdict. */
export function awaitingVerification(overrides: Partial<ActionItemDetail> = {}): ActionItemDetail {
  return detailOfItem({
    status: 'awaiting_verification',
    progress: 100,
    allowedActions: ['acceptEvidence', 'rejectEvidence', 'cancel'],
    evidence: [pendingEvidence],
    ...overrides,
  });
}
