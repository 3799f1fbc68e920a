import type { CommitmentDetail, ProposalDetail } from '@tindak/shared';
import { diskominfoJambi, komdigi, rakornis } from './fixtures';
import { query } from './trpc-http';

const emptyPage = { items: [], nextCursor: null };

/** The lists the meeting page's follow-up sections ask for, answered empty. */
export function emptyFollowUpLists() {
  return [
    query('proposals.list', () => emptyPage).handler,
    query('commitments.list', () => emptyPage).handler,
    query('actionItems.list', () => emptyPage).handler,
  ];
}

export const totProposal: ProposalDetail = {
  id: '7a1f0c3e-2b4d-4e6f-8a9b-0c1d2e3f0001',
  title: 'ToT Talent Digital bagi ASN',
  status: 'submitted',
  proposers: [{ id: diskominfoJambi.id, name: diskominfoJambi.name }],
  addressedTo: { id: komdigi.id, name: komdigi.name },
  decidedOn: null,
  raisedOn: '2026-02-09',
  createdAt: '2026-02-09T05:00:00.000Z',
  description: 'Pelatihan bagi pelatih untuk mendukung Satu Data Indonesia.',
  decision: null,
  version: 2,
  updatedAt: '2026-02-09T05:00:00.000Z',
  meetings: [{ id: rakornis.id, title: rakornis.title, startsAt: rakornis.startsAt, outsideScope: false }],
  commitments: [],
  allowedActions: ['startReview', 'accept', 'acceptPartly', 'reject', 'withdraw'],
  // The host of the rakornis it was raised in.
  homeRegionCodes: [diskominfoJambi.regionCode],
  history: [
    {
      id: 10,
      occurredAt: '2026-02-09T05:00:00.000Z',
      actorId: null,
      actorName: null,
      eventType: 'ProposalSubmitted',
      payload: {},
    },
  ],
};

export const priorityCommitment: CommitmentDetail = {
  id: '8b2e1d4f-3c5e-4f70-9bac-1d2e3f400001',
  title: 'Jambi menjadi daerah prioritas akses internet',
  status: 'open',
  committedBy: { id: komdigi.id, name: komdigi.name },
  committedByPerson: null,
  regions: [{ code: '15.01', name: 'Kabupaten Kerinci' }],
  dueOn: '2026-12-31',
  isOverdue: false,
  owner: { organization: { id: diskominfoJambi.id, name: diskominfoJambi.name }, person: null },
  isPublic: true,
  madeOn: '2026-02-09',
  createdAt: '2026-02-09T05:00:00.000Z',
  description: null,
  evidence: null,
  meeting: { id: rakornis.id, title: rakornis.title, startsAt: rakornis.startsAt, outsideScope: false },
  proposal: null,
  proposals: [],
  version: 1,
  updatedAt: '2026-02-09T05:00:00.000Z',
  allowedActions: ['start', 'fulfil', 'markNotFulfilled', 'cancel'],
  homeRegionCodes: [diskominfoJambi.regionCode],
  following: false,
  indicator: null,
  history: [
    {
      id: 20,
      occurredAt: '2026-02-09T05:00:00.000Z',
      actorId: null,
      actorName: null,
      eventType: 'CommitmentMade',
      payload: {},
    },
  ],
};
