import { Text, Timeline } from '@mantine/core';
import { type ActionItemDetail, formatDateTime } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';

type Step = ActionItemDetail['chain'][number];
type Party = Step['from'];

function partyName(party: Party): string | null {
  const names = [party.organization?.name, party.person?.name].filter(Boolean);
  return names.length > 0 ? names.join(' · ') : null;
}

/** Alur disposisi: who passed the item to whom, in order, with each level's instruction. */
export function DispositionChain({ chain }: { chain: Step[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (chain.length === 0) return <Text c="dimmed">{t('actionItems.chain.none')}</Text>;
  const steps = [...chain].sort((a, b) => a.step - b.step);
  return (
    <Timeline bulletSize={24} lineWidth={2} active={steps.length - 1}>
      {steps.map((step) => (
        <Timeline.Item
          key={step.step}
          bullet={
            <Text size="xs" fw={700} aria-hidden="true">
              {step.step}
            </Text>
          }
          title={t('actionItems.chain.step', { step: step.step })}
        >
          <Text size="sm" className="tindak-wrap">
            {t('actionItems.chain.fromTo', {
              from: partyName(step.from) ?? t('actionItems.chain.unknownFrom'),
              to: partyName(step.to) ?? t('common.dash'),
            })}
          </Text>
          <Text size="sm" className="tindak-preserve-lines" mt={4}>
            {t('actionItems.chain.instruction', { text: step.instruction })}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            <time dateTime={step.createdAt}>{formatDateTime(step.createdAt, lang)}</time>
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
