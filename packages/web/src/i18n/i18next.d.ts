import 'i18next';
import type actionItemsId from './locales/action-items.id.json';
import type adminId from './locales/admin.id.json';
import type attendanceImportId from './locales/attendance-import.id.json';
import type authId from './locales/auth.id.json';
import type commitmentTrackerId from './locales/commitment-tracker.id.json';
import type exportsCalendarId from './locales/exports-calendar.id.json';
import type followUpsId from './locales/follow-ups.id.json';
import type homeId from './locales/home.id.json';
import type id from './locales/id.json';
import type mailId from './locales/mail.id.json';
import type publicId from './locales/public.id.json';
import type regionsId from './locales/regions.id.json';
import type searchId from './locales/search.id.json';

// Typed keys: a misspelt key in t() fails the type check instead of showing the raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof id &
        typeof regionsId &
        typeof commitmentTrackerId &
        typeof followUpsId &
        typeof actionItemsId &
        typeof authId &
        typeof adminId &
        typeof attendanceImportId &
        typeof mailId &
        typeof homeId &
        typeof publicId &
        typeof searchId &
        typeof exportsCalendarId;
    };
  }
}
