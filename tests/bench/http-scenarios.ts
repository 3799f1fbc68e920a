import { type Scenario, sessionCookie, trpcBatch, trpcQuery } from './scenarios';
import type { Subjects } from './subjects';

const OPEN = ['open', 'in_progress', 'blocked', 'awaiting_verification'];
const PAGE = 50;
export const DEEP_PAGES = 200;

/** The list as a national viewer filters it: open items, earliest deadline first. */
export const nationalListInput = { status: OPEN, sort: 'due', limit: PAGE };

/** The requests the issue names, as the web app sends them. */
export function httpScenarios(
  subjects: Subjects,
  deep: { cursor: string; pages: number },
  searchTerms: readonly [string, ...string[]],
): Scenario[] {
  const head = sessionCookie(subjects.provincialHead.token);
  const viewer = sessionCookie(subjects.nationalViewer.token);
  const [firstTerm, ...otherTerms] = searchTerms;
  const searchPath = (q: string) => trpcQuery('search.query', { q });
  const quoted = searchTerms.map((term) => `"${term}"`).join(', ');
  const meetingId = subjects.bigMeetingId;
  return [
    {
      name: 'items-first',
      description: `Follow-up list, national, open statuses by deadline, first page of ${PAGE}`,
      method: 'GET',
      path: trpcQuery('actionItems.list', nationalListInput),
      cookie: viewer,
    },
    {
      name: 'items-deep',
      description: `Same list, page ${deep.pages + 1} (${deep.pages * PAGE} rows in, keyset cursor)`,
      method: 'GET',
      path: trpcQuery('actionItems.list', { ...nationalListInput, cursor: deep.cursor }),
      cookie: viewer,
    },
    {
      name: 'items-regency',
      description: 'Follow-up list, provincial head, one regency (15.01), open statuses',
      method: 'GET',
      path: trpcQuery('actionItems.list', { ...nationalListInput, regionCode: '15.01' }),
      cookie: head,
    },
    {
      name: 'dashboard',
      description: "Provincial head's home dashboard (Beranda): own items, reviews, charts, 12-week trend",
      method: 'GET',
      path: trpcQuery('dashboard.home', {}),
      cookie: head,
    },
    {
      name: 'dashboard-fresh',
      description:
        'The same dashboard with its counts not kept (COMPLETION_CACHE=off): the first view after a change in the province',
      method: 'GET',
      path: trpcQuery('dashboard.home', {}),
      cookie: head,
      uncached: true,
    },
    {
      name: 'meeting',
      description: `Meeting page with ${subjects.bigMeetingParticipants} participants: meeting, proposals, commitments, follow-ups (one batched request)`,
      method: 'GET',
      path: trpcBatch([
        ['meetings.get', { id: meetingId }],
        ['proposals.list', { meetingId, limit: 100 }],
        ['commitments.list', { meetingId, limit: 100 }],
        ['actionItems.list', { meetingId, limit: 100, sort: 'due' }],
      ]),
      cookie: head,
    },
    {
      name: 'create',
      description:
        'Create a follow-up from the meeting for Diskominfo Kabupaten Kerinci (event + job in the same transaction)',
      method: 'POST',
      path: '/trpc/actionItems.create',
      body: JSON.stringify({
        title: 'Susun jadwal Training of Trainers talenta digital',
        meetingId: subjects.createMeetingId,
        ownerOrganizationId: subjects.regencyOfficeId,
        dueOn: '2027-03-31',
        priority: 'normal',
      }),
      cookie: head,
      creates: { table: 'action_items' },
    },
    {
      name: 'national',
      description:
        'The national view (/wilayah, Beranda) as a national viewer: all 38 provinces side by side and the totals',
      method: 'GET',
      // No input: the web client sends none for the default 90 days.
      path: '/trpc/regions.national',
      cookie: viewer,
    },
    {
      name: 'search',
      description: `Search as the provincial head (meetings, proposals, commitments, follow-ups, people, offices), ${quoted} in turn`,
      method: 'GET',
      path: searchPath(firstTerm),
      rotation: otherTerms.map(searchPath),
      cookie: head,
    },
    {
      name: 'search-regency',
      description: `The same search as Kerinci's Diskominfo staff (scope 15.01), ${quoted} in turn`,
      method: 'GET',
      path: searchPath(firstTerm),
      rotation: otherTerms.map(searchPath),
      cookie: sessionCookie(subjects.regencyStaff.token),
    },
  ];
}
