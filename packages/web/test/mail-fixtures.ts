import type { DigestPreview, EmailDetail, EmailSummary } from '@tindak/shared';
import { signedInUser } from './msw-server';

export function emailId(n: number): string {
  return `e2000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function emailOf(overrides: Partial<EmailSummary> = {}): EmailSummary {
  return {
    id: emailId(1),
    kind: 'notification',
    to: signedInUser.email,
    recipientName: signedInUser.displayName,
    subject: 'Tindak lanjut baru: Petakan titik blank spot di Kabupaten Kerinci',
    status: 'sent',
    transport: 'smtp',
    attempts: 1,
    lastError: null,
    // 09.00 WIB
    createdAt: '2026-11-23T01:59:00Z',
    sentAt: '2026-11-23T02:00:00Z',
    ...overrides,
  };
}

export const failedInvite = emailOf({
  id: emailId(2),
  kind: 'invite',
  to: 'budi@komdigi.demo',
  recipientName: 'Budi Santoso',
  subject: 'Undangan ke Tindak',
  status: 'failed',
  transport: null,
  attempts: 8,
  lastError: '550 5.1.1 Mailbox tidak ada',
  sentAt: null,
});

export function detailOfEmail(summary: EmailSummary, overrides: Partial<EmailDetail> = {}): EmailDetail {
  return {
    ...summary,
    preview: 'Anda diundang ke Tindak.',
    html: '<!doctype html><html><body><h1>Undangan ke Tindak</h1><script>parent.alert(1)</script></body></html>',
    text: 'Undangan ke Tindak\n\nBuka tautan berikut untuk mengatur kata sandi.',
    ...overrides,
  };
}

export function digestOf(overrides: Partial<DigestPreview> = {}): DigestPreview {
  return {
    week: '2026-W48',
    recipient: { id: signedInUser.id, displayName: signedInUser.displayName, email: signedInUser.email },
    empty: false,
    subject: 'Ringkasan mingguan Tindak: 2 lewat tenggat, 3 jatuh tempo minggu ini',
    preview: '2 tindak lanjut lewat tenggat.',
    html: '<!doctype html><html><body><h1>Ringkasan mingguan</h1><p>2 lewat tenggat</p></body></html>',
    text: 'Ringkasan mingguan\n\n2 lewat tenggat',
    ...overrides,
  };
}
