import { z } from 'zod';
import { messageRef } from '../i18n/messages';
import { enumOf, optionalText, textInput } from './common';
import { paperSizes } from './letter';

// An office's kop surat and paper (issue 19): what its official letters are printed with.

/** The office's letterhead as stored; a blank line is left off the kop. */
export const officeLetterheadSchema = z.object({
  paperSize: z.enum(paperSizes),
  /** "PEMERINTAH PROVINSI JAMBI"; when blank, the letter names the office's region. */
  government: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
});
export type OfficeLetterhead = z.infer<typeof officeLetterheadSchema>;

const optionalEmail = textInput()
  .trim()
  .toLowerCase()
  .max(254, { error: messageRef('tooLong', 254) })
  .refine((value) => value === '' || z.email().safeParse(value).success, { error: 'invalidEmail' })
  .nullish()
  .transform((value) => value || null);

const optionalWebsite = textInput()
  .trim()
  .max(200, { error: messageRef('tooLong', 200) })
  .refine((value) => value === '' || /^(https?:\/\/)?[^\s/]+\.[^\s]+$/i.test(value), { error: 'invalidUrl' })
  .nullish()
  .transform((value) => value || null);

/** The "Kop surat dan kertas" part of the office form: all optional but the paper, which defaults to A4. */
export const officeLetterheadInput = z.object({
  paperSize: enumOf(paperSizes).default('A4'),
  government: optionalText(200),
  address: optionalText(500),
  phone: optionalText(100),
  email: optionalEmail,
  website: optionalWebsite,
});
export type OfficeLetterheadInput = z.input<typeof officeLetterheadInput>;
