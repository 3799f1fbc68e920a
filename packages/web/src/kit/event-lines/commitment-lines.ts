import { type DomainEvent, type Language, statusLabel } from '@tindak/shared';
import type { TFunction } from 'i18next';
import { fieldNames, filled, isOneOf } from './line-parts';

const commitmentFields = [
  'title',
  'description',
  'committedByOrganizationId',
  'committedByPersonId',
  'regionCodes',
  'dueOn',
  'ownerOrganizationId',
  'ownerPersonId',
  'meetingId',
  'proposalId',
  'proposalIds',
  'isPublic',
  'madeOn',
] as const;

/** What a commitment event did, in words. */
export function commitmentLines(event: DomainEvent, t: TFunction, lang: Language): string[] {
  const lines: string[] = [];
  switch (event.eventType) {
    case 'CommitmentStatusChanged': {
      const { from, to, evidence, reason } = event.payload;
      if (filled(from) && filled(to)) {
        lines.push(
          t('commitments.history.fromTo', { from: statusLabel(from, lang), to: statusLabel(to, lang) }),
        );
      }
      if (filled(evidence)) lines.push(t('commitments.history.evidence', { evidence }));
      if (filled(reason)) lines.push(t('commitments.history.reason', { reason }));
      break;
    }
    case 'CommitmentUpdated': {
      const fields = fieldNames(event.payload.changes, (f) =>
        isOneOf(commitmentFields, f) ? t(`commitments.field.${f}`) : f,
      );
      if (fields) lines.push(t('proposals.history.changed', { fields }));
      break;
    }
  }
  return lines;
}
