/** The mail thread (./thread): sends the outbox's emails. */
import { deliverEmail } from '../mail/send-email';
import { createMailer } from '../mail/transport';
import type { JobThreadData } from './job-thread';
import { serveJobThread } from './thread';

serveJobThread<Extract<JobThreadData, { kind: 'mail' }>>((data, db) => {
  const mailer = createMailer({ ...data.mailer, connections: data.concurrency });
  return {
    handle: ({ emailId }) => deliverEmail(db, mailer, emailId as string, data.mailFrom),
    close: () => mailer.close(),
  };
});
