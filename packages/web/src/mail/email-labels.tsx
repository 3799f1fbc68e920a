import { Badge } from '@mantine/core';
import type { EmailKind, EmailStatus, EmailSummary } from '@tindak/shared';
import { useTranslation } from 'react-i18next';

const statusColor: Record<EmailStatus, string> = { pending: 'yellow', sent: 'teal', failed: 'red' };

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const { t } = useTranslation();
  return (
    // Never cut to "Ter…": the word is the information.
    <Badge variant="light" color={statusColor[status]} tt="none" miw="max-content">
      {t(`outbox.status.${status}`)}
    </Badge>
  );
}

export function EmailKindBadge({ kind }: { kind: EmailKind }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="gray" tt="none" miw="max-content">
      {t(`outbox.kind.${kind}`)}
    </Badge>
  );
}

/** "Budi Santoso <budi@komdigi.demo>", or the address alone when it belongs to no account. */
export function recipientOf(email: Pick<EmailSummary, 'to' | 'recipientName'>): string {
  return email.recipientName ? `${email.recipientName} <${email.to}>` : email.to;
}

/** Mail that is only kept in the outbox never reaches anyone: the newest sent one tells. */
export function keptInOutboxOnly(emails: readonly Pick<EmailSummary, 'status' | 'transport'>[]): boolean {
  return emails.find((email) => email.status === 'sent')?.transport === 'outbox';
}
