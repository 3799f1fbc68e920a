/**
 * The mail thread's composing alone: real weekly digest mails from the outbox (left there by
 * `bench/digest-bench.ts`) composed into the buffer SMTP is handed, one after another on this
 * thread, as the mail thread does. Reports CPU per mail, the garbage collection it causes included.
 *
 *   cd tests && DATABASE_URL=postgres://… pnpm exec tsx bench/mail-compose-bench.ts [--mails 3000] [--rounds 3]
 */
import { parseArgs } from 'node:util';
import { createDb } from '@tindak/db';
import { outboxMessage } from '../../packages/api/src/mail/send-email';
import { composeMessage } from '../../packages/api/src/mail/transport';

const { values } = parseArgs({
  options: { mails: { type: 'string', default: '3000' }, rounds: { type: 'string', default: '3' } },
});
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL: the benchmark database, after a digest run');

const db = createDb({ connectionString: databaseUrl, max: 2 });
const rows = await db
  .selectFrom('emails')
  .select(['id', 'toAddress', 'subject', 'html', 'textBody', 'kind'])
  .where('kind', '=', 'digest')
  .orderBy('id')
  .limit(Number(values.mails))
  .execute();
await db.destroy();
if (rows.length === 0) throw new Error('no digest mails in the outbox: run bench/digest-bench.ts first');

const mails = rows.map((email) => outboxMessage(email, 'Tindak <noreply@tindak.example>'));
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const print = (line: string) => process.stdout.write(`${line}\n`);

print(
  `${mails.length} digest mails, ${(mails.reduce((n, m) => n + m.html.length + m.text.length, 0) / mails.length / 1024).toFixed(1)} K characters each on average`,
);
for (let round = 1; round <= Number(values.rounds); round += 1) {
  const start = cpuSeconds();
  let bytes = 0;
  for (const mail of mails) bytes += (await composeMessage(mail)).length;
  const perMail = ((cpuSeconds() - start) * 1000) / mails.length;
  print(
    `round ${round}: ${perMail.toFixed(3)} ms CPU per mail, ${(bytes / mails.length / 1024).toFixed(1)} KB per mail`,
  );
}
