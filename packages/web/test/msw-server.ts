import type { Role, SessionUserView } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { API_URL, query } from './trpc-http';

/** The person the app's pages see as signed in, unless a test answers `auth.me` itself. */
export const signedInUser: SessionUserView = {
  id: '00000000-0000-4000-8000-0000000000aa',
  email: 'kadis@kominfo.jambiprov.demo',
  displayName: 'Drs. Ariansyah, M.E.',
  role: 'head',
  organization: {
    id: '00000000-0000-4000-8000-0000000000bb',
    name: 'Diskominfo Provinsi Jambi',
    regionCode: '15',
  },
  personId: null,
  language: 'id',
  timeZone: 'Asia/Jakarta',
  notifyMode: 'immediate',
};

export const signedIn = http.get(`${API_URL}/auth.me`, () =>
  HttpResponse.json({ result: { data: { user: signedInUser, demoAccounts: [] } } }),
);

/** `auth.me` answering with the default user in another role (and office, person...): for `server.use`. */
export function signedInAs(role: Role, extra: Partial<SessionUserView> = {}) {
  const user: SessionUserView = { ...signedInUser, role, ...extra };
  return http.get(`${API_URL}/auth.me`, () =>
    HttpResponse.json({ result: { data: { user, demoAccounts: [] } } }),
  );
}

// Switching language while signed in stores the choice with the account.
export const rememberLanguage = http.post(`${API_URL}/auth.setPreferences`, async ({ request }) => {
  const { language } = (await request.json()) as { language: 'id' | 'en' };
  return HttpResponse.json({ result: { data: { ...signedInUser, language } } });
});

/** An installation that has been set up: a visitor without a session is sent to sign in. */
export const setUp = http.get(`${API_URL}/setup.status`, () =>
  HttpResponse.json({ result: { data: { needed: false } } }),
);

/**
 * No indicators recorded (issue 18): Beranda, the region pages and /wilayah ask for them; a test
 * about indicators answers these itself with `server.use`.
 */
export const noIndicators = [
  query('indicators.list', () => ({ items: [] })).handler,
  query('indicators.offTarget', () => ({ total: 0, rows: [] })).handler,
  query('indicators.regionSeries', (input) => ({
    region: { code: (input as { regionCode: string }).regionCode, name: '', kind: 'province' },
    indicators: [],
  })).handler,
];

/**
 * A meeting in no series (issue 19): every meeting page and edit form asks; a test about series
 * answers this itself with `server.use`.
 */
export const noMeetingSeries = query('meetingSeries.get', (input) => ({
  meetingId: (input as { meetingId: string }).meetingId,
  version: 1,
  meetings: [],
  previous: null,
  next: [],
  carryOver: [],
})).handler;

/**
 * A scheduled meeting's invitation letter not yet numbered, with no one to email (issue 19): every
 * scheduled meeting page asks; a test about letters answers this itself with `server.use`.
 */
export const noInvitationLetter = query('letters.invitation', (input) => ({
  meetingId: (input as { meetingId: string }).meetingId,
  version: 1,
  meetingStatus: 'scheduled',
  number: null,
  date: null,
  signer: null,
  sentAt: null,
  paperSize: 'A4',
  recipients: [],
  mayEdit: false,
})).handler;

/** A meeting with no agreement made in it (issue 19): every meeting page asks. */
export const noAgreements = query('agreements.list', () => ({ items: [], nextCursor: null })).handler;

export const server = setupServer(
  signedIn,
  rememberLanguage,
  setUp,
  ...noIndicators,
  noMeetingSeries,
  noInvitationLetter,
  noAgreements,
);
