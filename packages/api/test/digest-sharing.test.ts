import { languages } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import type { ScopeSections } from '../src/digest/compose';
import { createDigestSharing } from '../src/digest/shared';
import type { DigestMail } from '../src/mail/content';
import { createPieceCache, type PieceCache } from '../src/mail/pieces';
import { renderDigestMail, renderDigestScopeSections } from '../src/mail/render';
import { sampleDigestMail } from '../src/mail/samples';

/**
 * The worker renders a region's scope sections and each row once and places them in every digest
 * that shows them: the result must be exactly what rendering each digest whole gives, HTML and
 * plain text alike, whether the rows are new or reused.
 */
async function renderBothWays(mail: DigestMail, rows: PieceCache = createPieceCache(1000)) {
  const whole = await renderDigestMail(mail);
  const fragment = await renderDigestScopeSections(
    mail.content,
    mail.recipient.language,
    mail.recipient.timeZone,
  );
  const spliced = await renderDigestMail(mail, { scope: fragment, rows });
  const reused = await renderDigestMail(mail, { scope: fragment, rows });
  expect(reused).toEqual(spliced);
  return { whole, spliced, fragment };
}

function withContent(mail: DigestMail, change: Partial<DigestMail['content']>): DigestMail {
  return { ...mail, content: { ...mail.content, ...change } };
}

describe('weekly digest with shared scope sections', () => {
  for (const lang of languages) {
    for (const regionTable of [true, false]) {
      it(`(${lang}, region table ${regionTable}) is the same mail as rendered whole`, async () => {
        const { whole, spliced, fragment } = await renderBothWays(sampleDigestMail(lang, regionTable));
        expect(fragment).not.toBeNull();
        expect(spliced).toEqual(whole);
      });
    }
  }

  it('is the same mail when some or all of the other sections are empty', async () => {
    const base = sampleDigestMail('id', false);
    const variants: Partial<DigestMail['content']>[] = [
      { overdue: [], dueThisWeek: [], resolvedLastWeek: [] },
      { commitments: [] },
      { commitments: [], proposalsAwaitingDecision: [] },
      { proposalsAwaitingDecision: [], upcomingMeetings: [] },
      { overdue: [], dueThisWeek: [], resolvedLastWeek: [], notifications: [], commitments: [] },
    ];
    for (const change of variants) {
      const { whole, spliced } = await renderBothWays(withContent(base, change));
      expect(spliced).toEqual(whole);
    }
  });

  it('reuses rows across readers: a row in another digest, a row that moved to another office', async () => {
    const rows = createPieceCache(1000);
    const head = sampleDigestMail('id', true);
    await renderBothWays(head, rows);
    const [first, second] = head.content.overdue;
    if (!first || !second) throw new Error('the sample has two offices with overdue items');
    const moved = withContent(head, {
      overdue: [{ ...first, items: [...first.items, ...second.items] }],
      dueThisWeek: head.content.dueThisWeek.slice(1),
    });
    const { whole, spliced } = await renderBothWays(moved, rows);
    expect(spliced).toEqual(whole);
  });

  it('has no fragment when the scope sections are all empty', async () => {
    const mail = withContent(sampleDigestMail('en', true), {
      commitments: [],
      proposalsAwaitingDecision: [],
      upcomingMeetings: [],
    });
    const { whole, spliced, fragment } = await renderBothWays(mail);
    expect(fragment).toBeNull();
    expect(spliced).toEqual(whole);
  });

  it('reads a region once while it is fresh, and again once it is not', async () => {
    let clock = 0;
    const sharing = createDigestSharing({ ttlMs: 1000, maxEntries: 2, now: () => clock });
    const content = sampleDigestMail('id', false).content;
    let reads = 0;
    const read = async (): Promise<ScopeSections> => {
      reads += 1;
      await new Promise((r) => setTimeout(r, 5));
      return content;
    };
    const [a, b] = await Promise.all([
      sharing.scope('15|Asia/Jakarta|2026-11-30', 'Asia/Jakarta', read),
      sharing.scope('15|Asia/Jakarta|2026-11-30', 'Asia/Jakarta', read),
    ]);
    expect(a).toBe(b);
    expect(reads).toBe(1);
    expect(await a.fragment('id')).toBe(await b.fragment('id'));
    clock = 1000;
    await sharing.scope('15|Asia/Jakarta|2026-11-30', 'Asia/Jakarta', read);
    expect(reads).toBe(2);
    // Beyond maxEntries the least recently used region goes.
    await sharing.scope('16|Asia/Jakarta|2026-11-30', 'Asia/Jakarta', read);
    await sharing.scope('17|Asia/Jakarta|2026-11-30', 'Asia/Jakarta', read);
    await sharing.scope('15|Asia/Jakarta|2026-11-30', 'Asia/Jakarta', read);
    expect(reads).toBe(5);
    // A failed read is not kept.
    await expect(
      sharing.scope('18|Asia/Jakarta|2026-11-30', 'Asia/Jakarta', () => Promise.reject(new Error('down'))),
    ).rejects.toThrow('down');
    await sharing.scope('18|Asia/Jakarta|2026-11-30', 'Asia/Jakarta', read);
    expect(reads).toBe(6);
  });
});
