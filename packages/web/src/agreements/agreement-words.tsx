import { Badge } from '@mantine/core';
import type { AgreementKind, AgreementStatus } from '@tindak/shared';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** "Kesepakatan", "Nota Kesepahaman (MoU)", "Perjanjian Kerja Sama (PKS)". */
export function kindLabel(kind: AgreementKind, t: TFunction): string {
  const labels: Record<AgreementKind, string> = {
    kesepakatan: t('agreements.kind.kesepakatan'),
    mou: t('agreements.kind.mou'),
    pks: t('agreements.kind.pks'),
  };
  return labels[kind];
}

export function statusLabel(status: AgreementStatus, t: TFunction): string {
  const labels: Record<AgreementStatus, string> = {
    draft: t('agreements.status.draft'),
    signed: t('agreements.status.signed'),
    ended: t('agreements.status.ended'),
    cancelled: t('agreements.status.cancelled'),
  };
  return labels[status];
}

const statusColor: Record<AgreementStatus, string> = {
  draft: 'gray',
  signed: 'teal',
  ended: 'blue',
  cancelled: 'gray',
};

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColor[status]} tt="none" style={{ flexShrink: 0 }}>
      {statusLabel(status, t)}
    </Badge>
  );
}

/**
 * A signing day as a document writes it, "12 Maret 2025" (not the dd/mm/yyyy of lists): the line
 * "Ditandatangani di Banyuasin, 12 Maret 2025" reads like the document's own closing.
 */
export function documentDate(day: string, lang: 'id' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}
