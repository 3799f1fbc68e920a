import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocumentThreads, type DocumentThreads } from '../src/documents/document-threads';
import type { DocumentRequest } from '../src/documents/render-document';
import { DomainError } from '../src/errors';
import type { Notulen } from '../src/notulen/notulen-data';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { signInOverHttp } from './support/http';

/** Downloads are rendered on threads with limits; past one, the caller is told why, in their language. */
const api = useTestApi();
const opened: DocumentThreads[] = [];

function threads(limits: Parameters<typeof createDocumentThreads>[0] = {}) {
  const documents = createDocumentThreads(limits);
  opened.push(documents);
  return documents;
}
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(opened.splice(0).map((documents) => documents.close()));
});

const small: DocumentRequest = {
  kind: 'csv',
  sheet: { name: 'uji', columns: [{ header: 'Judul', width: 10 }], rows: [['Rapat']] },
};

function notulen(attendees: number): Notulen {
  return {
    fileBase: 'Notulen-Uji',
    letterhead: { government: 'PEMERINTAH PROVINSI JAMBI', office: 'DINAS KOMINFO' },
    title: 'Rapat Uji',
    fields: [{ label: 'Tempat', value: 'Aula' }],
    agenda: ['Pembukaan'],
    attendance: Array.from({ length: attendees }, (_, i) => ({
      name: `Peserta ${i + 1}`,
      position: 'Pranata Komputer',
      office: 'Diskominfo Kabupaten Kerinci',
      note: null,
    })),
    minutes: '## Pembahasan\n\n- satu\n- dua',
    decisions: [],
    proposals: [],
    commitments: [],
    followUps: [],
    signedAt: 'Jambi, 3 November 2025',
    chair: null,
    minuteTaker: null,
  };
}

async function tooLarge(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', messageKey: 'documentTooLarge' });
}

/** Resolves once a document is being rendered on a thread (checked between timer phases). */
async function renderingStarted(documents: DocumentThreads) {
  while (documents.stats().rendering === 0) await new Promise((resolve) => setImmediate(resolve));
}

describe('document threads', () => {
  it('start at the first document, render on one thread after another, and end on close', async () => {
    const documents = threads();
    expect(documents.stats().threads).toBe(0);
    const csv = await documents.render(small);
    expect(csv.toString('utf8')).toBe('\uFEFFJudul\r\nRapat\r\n');
    const pdf = await documents.render({ kind: 'notulen-pdf', notulen: notulen(3) });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(documents.stats()).toEqual({ threads: 1, rendering: 0 });
    await documents.close();
    expect(documents.stats().threads).toBe(0);
  });

  it('refuse data over the input limit before any thread starts', async () => {
    const documents = threads({ maxInputChars: 1000 });
    await tooLarge(documents.render({ kind: 'notulen-pdf', notulen: notulen(100) }));
    expect(documents.stats().threads).toBe(0);
  });

  it('refuse a document over the output limit, and render the next one on the same thread', async () => {
    const documents = threads({ maxOutputBytes: 1000 });
    await tooLarge(documents.render({ kind: 'notulen-docx', notulen: notulen(3) }));
    expect(documents.stats().threads).toBe(1);
    expect((await documents.render(small)).length).toBeLessThan(1000);
  });

  it('end a thread that takes too long; the next document gets a new thread', async () => {
    const documents = threads({ timeoutMs: 60_000 });
    await documents.render(small);
    // The time limit runs on a fake clock, moved on while 2,000 signature rows are being laid out.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const slow = documents.render({ kind: 'notulen-pdf', notulen: notulen(2000) });
    await renderingStarted(documents);
    vi.advanceTimersByTime(60_000);
    await tooLarge(slow);
    expect(documents.stats()).toEqual({ threads: 0, rendering: 0 });
    vi.useRealTimers();
    expect((await documents.render(small)).toString('utf8')).toContain('Rapat');
    expect(documents.stats().threads).toBe(1);
  });

  it('treat a thread that runs out of heap as a document too large, and replace it', async () => {
    const documents = threads({ heapMb: 48 });
    await tooLarge(documents.render({ kind: 'notulen-pdf', notulen: notulen(20_000) }));
    expect(documents.stats().threads).toBe(0);
    expect((await documents.render(small)).toString('utf8')).toContain('Rapat');
  });

  it('let documents wait for a free thread', async () => {
    const documents = threads({ threads: 1 });
    const rendered = await Promise.all([1, 2, 3].map(() => documents.render(small)));
    expect(rendered.map((csv) => csv.toString('utf8'))).toEqual(Array(3).fill('\uFEFFJudul\r\nRapat\r\n'));
    expect(documents.stats().threads).toBe(1);
  });

  it('refuse a download past the waiting line, rather than holding its data in memory', async () => {
    const documents = threads({ threads: 1, maxWaiting: 2 });
    const first = documents.render(small);
    await renderingStarted(documents);
    const queued = [documents.render(small), documents.render(small)];
    await expect(documents.render(small)).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      messageKey: 'documentsBusy',
    });
    expect(await Promise.all([first, ...queued])).toHaveLength(3);
    // The line is free again: the next download is rendered.
    expect((await documents.render(small)).toString('utf8')).toContain('Rapat');
  });
});

describe('a download past a limit', () => {
  let app: FastifyInstance;

  it('answers 413 with a message in the caller’s language, for the minutes and the exports', async () => {
    app = await buildServer({ db: api.database.db, logger: false, documents: { maxOutputBytes: 200 } });
    try {
      const office = await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01');
      const { cookie } = await signInOverHttp(app, api, 'head', office.id);
      const meeting = await api.caller().meetings.create(meetingInput(office.id));
      for (const [url, lang, message] of [
        [`/api/rapat/${meeting.id}/notulen.pdf`, 'id', 'Dokumen terlalu besar untuk dibuat.'],
        [`/api/rapat/${meeting.id}/notulen.docx`, 'en', 'The document is too large to generate.'],
        ['/api/ekspor/tindak-lanjut.xlsx', 'id', 'Dokumen terlalu besar untuk dibuat.'],
      ] as const) {
        const response = await app.inject({ method: 'GET', url, headers: { cookie, 'x-tindak-lang': lang } });
        expect(response.statusCode, url).toBe(413);
        expect(response.json().error.message, url).toContain(message);
      }
      // Small enough: the same server still answers.
      const csv = await app.inject({ method: 'GET', url: '/api/ekspor/usulan.csv', headers: { cookie } });
      expect(csv.statusCode).toBe(200);
      expect(app.documents.stats().threads).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
    expect(app.documents.stats().threads).toBe(0);
  });
});
