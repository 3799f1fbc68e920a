import actionItemsId from './locales/action-items.id.json';
import adminId from './locales/admin.id.json';
import agreementsId from './locales/agreements.id.json';
import attendanceImportId from './locales/attendance-import.id.json';
import authId from './locales/auth.id.json';
import commitmentTrackerId from './locales/commitment-tracker.id.json';
import directiveSpreadId from './locales/directive-spread.id.json';
import directivesId from './locales/directives.id.json';
import directoryId from './locales/directory.id.json';
import exportsCalendarId from './locales/exports-calendar.id.json';
import formsId from './locales/forms.id.json';
import homeId from './locales/home.id.json';
import id from './locales/id.json';
import indicatorLinksId from './locales/indicator-links.id.json';
import indicatorViewsId from './locales/indicator-views.id.json';
import indicatorsId from './locales/indicators.id.json';
import lettersId from './locales/letters.id.json';
import mailId from './locales/mail.id.json';
import meetingFormId from './locales/meeting-form.id.json';
import meetingRecordId from './locales/meeting-record.id.json';
import meetingSeriesId from './locales/meeting-series.id.json';
import offlineReadId from './locales/offline-read.id.json';
import pendingChangesId from './locales/pending-changes.id.json';
import peopleId from './locales/people.id.json';
import proposalListId from './locales/proposal-list.id.json';
import publicId from './locales/public.id.json';
import regionsId from './locales/regions.id.json';
import searchId from './locales/search.id.json';
import setupId from './locales/setup.id.json';
import shareId from './locales/share.id.json';
import signInId from './locales/sign-in.id.json';

/**
 * The web's own Indonesian words (read by no other package), one file per feature, in the same order
 * as web-words.en.ts: a feature adds its pair to both lists. Each language is its own chunk,
 * loaded for the person's language only (load-words.ts); shared words live in packages/shared/src/i18n.
 */
export const webWordsId = [
  id,
  meetingRecordId,
  actionItemsId,
  authId,
  adminId,
  mailId,
  regionsId,
  commitmentTrackerId,
  attendanceImportId,
  searchId,
  homeId,
  publicId,
  exportsCalendarId,
  formsId,
  setupId,
  meetingFormId,
  directoryId,
  peopleId,
  proposalListId,
  indicatorsId,
  indicatorViewsId,
  indicatorLinksId,
  shareId,
  agreementsId,
  lettersId,
  meetingSeriesId,
  directiveSpreadId,
  directivesId,
  offlineReadId,
  pendingChangesId,
  signInId,
] as const;
