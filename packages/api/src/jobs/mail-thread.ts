/** The mail thread (./thread): sends the outbox's emails. */
import { deliverEmails } from '../mail/send-email';
import { createMailer } from '../mail/transport';
import { idsOf } from './job-data';
import type { JobThreadData } from './job-thread';
import { serveJobThread } from './thread';

serveJobThread<Extract<JobThreadData, { kind: 'mail' }>>((data, db) => {
  const mailer = createMailer({ ...data.mailer, connections: data.concurrency });
  return {
    handle: (job) => deliverEmails(db, mailer, idsOf(job, 'emailId', 'emailIds'), data.mailFrom),
    close: () => mailer.close(),
  };
});
