/** The digest thread (./thread): composes each user's weekly digest and queues its email. */
import { createDigestSharing } from '../digest/shared';
import { deliverWeeklyDigests } from '../digest/weekly';
import { appLinks } from '../mail/links';
import { idsOf } from './job-data';
import type { JobThreadData } from './job-thread';
import { serveJobThread } from './thread';

serveJobThread<Extract<JobThreadData, { kind: 'digest' }>>((data, db) => {
  const links = appLinks(data.publicUrl);
  // Readers of one region share its commitments, proposals and meetings, read and rendered once.
  const sharing = createDigestSharing();
  return {
    // The job runs as of its tick (`at`) plus the time it waited since (`queuedAt`, this clock): a
    // job that waited into the next week sends nothing (deliverWeeklyDigests).
    handle: (job) => {
      const tick = new Date(String(job.at));
      const waited = job.queuedAt ? Math.max(0, Date.now() - new Date(String(job.queuedAt)).getTime()) : 0;
      const runAt = new Date(tick.getTime() + waited);
      return deliverWeeklyDigests(db, idsOf(job, 'userId', 'userIds'), tick, links, sharing, runAt);
    },
  };
});
