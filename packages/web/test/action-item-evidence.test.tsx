import { screen, waitFor, within } from '@testing-library/react';
import type { ActionItemDetail } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { detailOfItem, pendingEvidence } from './action-item-fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, mutation, query } from './trpc-http';

/** Issue 21: several files per submission, images and PDFs previewed in the page. */
const photo = {
  id: 'f1000000-0000-4000-8000-000000000002',
  fileName: 'foto-lokasi.jpg',
  sizeBytes: 102_400,
  contentType: 'image/jpeg',
};
const report = {
  id: 'f1000000-0000-4000-8000-000000000003',
  fileName: 'berita-acara.pdf',
  sizeBytes: 204_800,
  contentType: 'application/pdf',
};
const sheet = {
  id: 'f1000000-0000-4000-8000-000000000004',
  fileName: 'rekap.xlsx',
  sizeBytes: 20_480,
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function serveItem(item: ActionItemDetail) {
  server.use(query('actionItems.get', () => item).handler);
}

describe('evidence files', () => {
  it('shows every file of a submission: a picture inline, a PDF in a frame on request, the rest to download', async () => {
    const item = detailOfItem({
      evidence: [{ ...pendingEvidence, file: photo, files: [photo, report, sheet] }],
    });
    serveItem(item);
    const { user } = renderApp(`/tindak-lanjut/${item.id}`);
    const evidence = within(await screen.findByRole('region', { name: 'Bukti' }));

    const picture = evidence.getByRole('img', { name: 'Foto bukti: foto-lokasi.jpg' });
    expect(picture.getAttribute('src')).toBe(`/api/files/${photo.id}?inline=1`);
    for (const file of [photo, report, sheet]) {
      expect(evidence.getByRole('link', { name: file.fileName }).getAttribute('href')).toBe(
        `/api/files/${file.id}`,
      );
    }
    // Only the PDF gets a frame, and only once asked for.
    expect(evidence.queryByTitle('Pratinjau berita-acara.pdf')).toBeNull();
    expect(evidence.queryByRole('button', { name: 'Lihat pratinjau rekap.xlsx' })).toBeNull();
    await user.click(evidence.getByRole('button', { name: 'Lihat pratinjau berita-acara.pdf' }));
    const frame = evidence.getByTitle('Pratinjau berita-acara.pdf');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe(`/api/files/${report.id}?inline=1`);
    expect(evidence.queryByRole('img', { name: /rekap/ })).toBeNull();
  });

  it('uploads several chosen files and sends them in one submission', async () => {
    const item = detailOfItem({ allowedActions: ['submitEvidence', 'block', 'cancel'] });
    serveItem(item);
    const uploadedNames: string[] = [];
    const ids = [photo.id, report.id];
    server.use(
      http.post('*/api/files', async ({ request }) => {
        const form = await request.formData();
        const file = form.get('file') as File;
        uploadedNames.push(file.name);
        const id = ids[uploadedNames.length - 1];
        return HttpResponse.json(
          {
            id,
            fileName: file.name,
            contentType: file.type,
            sizeBytes: file.size,
            sha256: 'x',
            createdAt: '',
          },
          { status: 201 },
        );
      }),
    );
    const submit = mutation('actionItems.submitEvidence', () => ({ data: item }));
    server.use(submit.handler);
    const { user } = renderApp(`/tindak-lanjut/${item.id}`);
    await user.click(await screen.findByRole('button', { name: 'Kirim bukti' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Kirim bukti penyelesaian' }));
    const input = document.querySelector<HTMLInputElement>('[role=dialog] input[type=file]');
    expect(input?.multiple).toBe(true);
    await user.upload(input as HTMLInputElement, [
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0x00])], 'foto-lokasi.jpg', { type: 'image/jpeg' }),
      new File(['%PDF-1.7'], 'berita-acara.pdf', { type: 'application/pdf' }),
    ]);
    await user.click(dialog.getByRole('button', { name: 'Kirim untuk verifikasi' }));
    await waitFor(() => expect(submit.calls).toHaveLength(1));
    expect(uploadedNames).toEqual(['foto-lokasi.jpg', 'berita-acara.pdf']);
    expect(inputOf(submit.calls, 0)).toMatchObject({ fileIds: [photo.id, report.id] });
  });
});
