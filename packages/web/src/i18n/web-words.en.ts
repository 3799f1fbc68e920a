import actionItemsEn from './locales/action-items.en.json';
import adminEn from './locales/admin.en.json';
import agreementsEn from './locales/agreements.en.json';
import attendanceImportEn from './locales/attendance-import.en.json';
import authEn from './locales/auth.en.json';
import commitmentTrackerEn from './locales/commitment-tracker.en.json';
import directiveSpreadEn from './locales/directive-spread.en.json';
import directivesEn from './locales/directives.en.json';
import directoryEn from './locales/directory.en.json';
import en from './locales/en.json';
import exportsCalendarEn from './locales/exports-calendar.en.json';
import formsEn from './locales/forms.en.json';
import homeEn from './locales/home.en.json';
import indicatorLinksEn from './locales/indicator-links.en.json';
import indicatorViewsEn from './locales/indicator-views.en.json';
import indicatorsEn from './locales/indicators.en.json';
import lettersEn from './locales/letters.en.json';
import mailEn from './locales/mail.en.json';
import meetingFormEn from './locales/meeting-form.en.json';
import meetingRecordEn from './locales/meeting-record.en.json';
import meetingSeriesEn from './locales/meeting-series.en.json';
import offlineReadEn from './locales/offline-read.en.json';
import pendingChangesEn from './locales/pending-changes.en.json';
import peopleEn from './locales/people.en.json';
import proposalListEn from './locales/proposal-list.en.json';
import publicEn from './locales/public.en.json';
import regionsEn from './locales/regions.en.json';
import searchEn from './locales/search.en.json';
import setupEn from './locales/setup.en.json';
import shareEn from './locales/share.en.json';
import signInEn from './locales/sign-in.en.json';

/**
 * The web's own English words (read by no other package), one file per feature, in the same order
 * as web-words.id.ts: a feature adds its pair to both lists. Each language is its own chunk,
 * loaded for the person's language only (load-words.ts); shared words live in packages/shared/src/i18n.
 */
export const webWordsEn = [
  en,
  meetingRecordEn,
  actionItemsEn,
  authEn,
  adminEn,
  mailEn,
  regionsEn,
  commitmentTrackerEn,
  attendanceImportEn,
  searchEn,
  homeEn,
  publicEn,
  exportsCalendarEn,
  formsEn,
  setupEn,
  meetingFormEn,
  directoryEn,
  peopleEn,
  proposalListEn,
  indicatorsEn,
  indicatorViewsEn,
  indicatorLinksEn,
  shareEn,
  agreementsEn,
  lettersEn,
  meetingSeriesEn,
  directiveSpreadEn,
  directivesEn,
  offlineReadEn,
  pendingChangesEn,
  signInEn,
] as const;
