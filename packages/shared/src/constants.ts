/**
 * Numbers the API and the web agree on, in a module without zod: the web's shell and Beranda
 * read them without loading the schemas.
 */

/** The national view counts meetings from this many days back as recent, unless told a day. */
export const NATIONAL_RECENT_DAYS = 90;
