import actionItemsEn from './locales/action-items.en.json';
import actionItemsId from './locales/action-items.id.json';
import adminEn from './locales/admin.en.json';
import adminId from './locales/admin.id.json';
import agreementsEn from './locales/agreements.en.json';
import agreementsId from './locales/agreements.id.json';
import attendanceImportEn from './locales/attendance-import.en.json';
import attendanceImportId from './locales/attendance-import.id.json';
import authEn from './locales/auth.en.json';
import authId from './locales/auth.id.json';
import commitmentTrackerEn from './locales/commitment-tracker.en.json';
import commitmentTrackerId from './locales/commitment-tracker.id.json';
import directiveSpreadEn from './locales/directive-spread.en.json';
import directiveSpreadId from './locales/directive-spread.id.json';
import directivesEn from './locales/directives.en.json';
import directivesId from './locales/directives.id.json';
import directoryEn from './locales/directory.en.json';
import directoryId from './locales/directory.id.json';
import en from './locales/en.json';
import exportsCalendarEn from './locales/exports-calendar.en.json';
import exportsCalendarId from './locales/exports-calendar.id.json';
import formsEn from './locales/forms.en.json';
import formsId from './locales/forms.id.json';
import homeEn from './locales/home.en.json';
import homeId from './locales/home.id.json';
import id from './locales/id.json';
import indicatorLinksEn from './locales/indicator-links.en.json';
import indicatorLinksId from './locales/indicator-links.id.json';
import indicatorViewsEn from './locales/indicator-views.en.json';
import indicatorViewsId from './locales/indicator-views.id.json';
import indicatorsEn from './locales/indicators.en.json';
import indicatorsId from './locales/indicators.id.json';
import lettersEn from './locales/letters.en.json';
import lettersId from './locales/letters.id.json';
import mailEn from './locales/mail.en.json';
import mailId from './locales/mail.id.json';
import meetingFormEn from './locales/meeting-form.en.json';
import meetingFormId from './locales/meeting-form.id.json';
import meetingRecordEn from './locales/meeting-record.en.json';
import meetingRecordId from './locales/meeting-record.id.json';
import meetingSeriesEn from './locales/meeting-series.en.json';
import meetingSeriesId from './locales/meeting-series.id.json';
import offlineReadEn from './locales/offline-read.en.json';
import offlineReadId from './locales/offline-read.id.json';
import pendingChangesEn from './locales/pending-changes.en.json';
import pendingChangesId from './locales/pending-changes.id.json';
import peopleEn from './locales/people.en.json';
import peopleId from './locales/people.id.json';
import proposalListEn from './locales/proposal-list.en.json';
import proposalListId from './locales/proposal-list.id.json';
import publicEn from './locales/public.en.json';
import publicId from './locales/public.id.json';
import regionsEn from './locales/regions.en.json';
import regionsId from './locales/regions.id.json';
import searchEn from './locales/search.en.json';
import searchId from './locales/search.id.json';
import setupEn from './locales/setup.en.json';
import setupId from './locales/setup.id.json';
import shareEn from './locales/share.en.json';
import shareId from './locales/share.id.json';
import signInEn from './locales/sign-in.en.json';
import signInId from './locales/sign-in.id.json';

/**
 * The web's own words (read by no other package), one file pair per feature. Together they make the
 * web's `translation` namespace; words that other packages also say live in packages/shared/src/i18n.
 * Add a feature's pair to both lists.
 */
export const webWordFiles = {
  id: [
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
  ],
  en: [
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
  ],
} as const;

type Intersection<U> = (U extends unknown ? (all: U) => void : never) extends (all: infer I) => void
  ? I
  : never;

/** The merged tree's type, for typed keys: every file's branches together. */
export type WebWords = Intersection<(typeof webWordFiles.id)[number]>;
