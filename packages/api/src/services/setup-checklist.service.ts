import { randomUUID } from 'node:crypto';
import { type Language, translateMessage } from '@tindak/shared';
import { withinRateLimit } from '../auth/rate-limit';
import type { Context, SessionUser } from '../context';
import { DomainError } from '../errors';
import { recordEvent } from '../events/record-event';
import { queueEmail } from '../mail/outbox';
import { checklistCounts } from '../repositories/setup.repo';

/** A few test mails an hour per admin: enough to try a fixed setting, not enough to spam anyone. */
export const TEST_MAIL_LIMIT = { perAdmin: 5, windowSeconds: 60 * 60 };

/**
 * The admin's first steps, each done or not from the data: offices beyond the home office, accounts
 * beyond the admin's own, people in the directory without an account (imported or added), and the
 * mail server (configured, and whether a test mail went out).
 */
export async function setupChecklist(ctx: Context) {
  const counts = await checklistCounts(ctx.db);
  return {
    offices: { done: counts.offices > 1, count: counts.offices },
    people: { done: counts.accounts > 1, count: counts.accounts },
    directory: { done: counts.directoryPeople > 0, count: counts.directoryPeople },
    mail: {
      configured: Boolean(ctx.mailServer),
      server: ctx.mailServer ?? null,
      tested: counts.testMails > 0,
    },
  };
}

/** The SMTP server as an admin may see it: scheme, host and port, never the user name or password. */
export function describeMailServer(smtpUrl: string | undefined): string | null {
  if (!smtpUrl) return null;
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.host}`;
}

/** A mail to the admin through the outbox, as every mail goes (SMTP when set, else the outbox page). */
export async function sendTestMail(ctx: Context, admin: SessionUser) {
  const bucket = `test-mail:${admin.id}`;
  if (!(await withinRateLimit(ctx.db, bucket, TEST_MAIL_LIMIT.perAdmin, TEST_MAIL_LIMIT.windowSeconds))) {
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      'tooManyAttempts',
      undefined,
      undefined,
      TEST_MAIL_LIMIT.windowSeconds / 60,
    );
  }
  const emailId = await ctx.db.transaction().execute(async (trx) => {
    const id = await queueEmail(trx, {
      dedupeKey: `test:${admin.id}:${randomUUID()}`,
      kind: 'test',
      userId: admin.id,
      to: admin.email,
      language: admin.language,
      rendered: testMail(admin.language),
    });
    if (id === null) throw new Error('a test mail with a fresh key already exists');
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'user',
      aggregateId: admin.id,
      eventType: 'TestMailSent',
      payload: { emailId: id },
    });
    return id;
  });
  return { emailId };
}

function testMail(lang: Language) {
  const subject = translateMessage('testMailSubject', lang);
  const text = translateMessage('testMailBody', lang);
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    subject,
    preview: text,
    html: `<!doctype html><html lang="${lang}"><body><p>${escaped}</p></body></html>`,
    text,
  };
}
