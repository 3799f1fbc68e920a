import { Alert, Text } from '@mantine/core';
import { type ActionItemDetail, formatCalendarDate } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';

type Decision = NonNullable<ActionItemDetail['latestDecision']>;

function useHeadline(decision: Decision): string {
  const { t } = useTranslation();
  const lang = useLanguage();
  switch (decision.kind) {
    case 'evidenceRejected':
      return decision.reason
        ? t('actionItems.page.decision.evidenceRejected', { reason: decision.reason })
        : t('actionItems.page.decision.evidenceRejectedNoReason');
    case 'extensionRefused':
      return decision.note
        ? t('actionItems.page.decision.extensionRefused', { note: decision.note })
        : t('actionItems.page.decision.extensionRefusedNoNote');
    case 'extensionApproved': {
      const date = formatCalendarDate(decision.dueOn, lang);
      return decision.requestedDueOn && decision.requestedDueOn !== decision.dueOn
        ? t('actionItems.page.decision.extensionApprovedOther', {
            date,
            requested: formatCalendarDate(decision.requestedDueOn, lang),
          })
        : t('actionItems.page.decision.extensionApproved', { date });
    }
  }
}

/**
 * A head's decision the owner has not acted on yet (the API derives it from the item's events), at
 * the top of the item: a rejection read far below under "Bukti" was missed.
 */
export function DecisionBanner({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const headline = useHeadline(decision);
  const approved = decision.kind === 'extensionApproved';
  // An approval's note is its reason for another date; a refusal's note is already the headline.
  const note = approved ? decision.note : null;
  return (
    <Alert
      role="status"
      variant="light"
      color={approved ? 'teal' : 'red'}
      title={headline}
      data-testid="decision-banner"
    >
      {note && (
        <Text size="sm" className="tindak-preserve-lines">
          {t('actionItems.page.decision.note', { note })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('actionItems.page.decision.until')}
      </Text>
    </Alert>
  );
}
