import { useMutation } from '@tanstack/react-query';
import { type ProposalAction, type ProposalDetail, proposalTransitionInput, todayIn } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import type { StatusActionSpec } from '../kit/status-actions';
import { RecordStatusActions } from '../records/record-status-actions';
import { parseProposalDetail } from './proposal-form';
import { useProposalCache } from './use-proposal-cache';

/** Submit, review, decide (with a note and the day), or withdraw: only what the server allows now. */
export function ProposalActions({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const cache = useProposalCache();
  const transition = useMutation(trpc.proposals.transition.mutationOptions());
  const today = todayIn();

  const decision = (
    action: 'accept' | 'acceptPartly' | 'reject',
    color: string,
  ): StatusActionSpec<ProposalAction> => ({
    action,
    label: t(`proposals.action.${action}`),
    title: t(`proposals.action.${action}Title`),
    text: {
      path: 'decisionNote',
      label: t('proposals.action.decisionNote'),
      description: t('proposals.action.decisionNoteHint'),
      required: true,
    },
    date: { path: 'decidedOn', label: t('proposals.action.decidedOn'), initial: today },
    confirmLabel: t(`proposals.action.${action}Confirm`),
    color,
    done: t('proposals.action.decided'),
  });

  const all: Record<ProposalAction, StatusActionSpec<ProposalAction>> = {
    submit: {
      action: 'submit',
      label: t('proposals.action.submit'),
      direct: true,
      done: t('proposals.action.submitted'),
    },
    startReview: {
      action: 'startReview',
      label: t('proposals.action.startReview'),
      direct: true,
      done: t('proposals.action.reviewStarted'),
    },
    accept: decision('accept', 'teal'),
    acceptPartly: decision('acceptPartly', 'lime'),
    reject: decision('reject', 'red'),
    withdraw: {
      action: 'withdraw',
      label: t('proposals.action.withdraw'),
      title: t('proposals.action.withdrawTitle'),
      explain: t('proposals.action.withdrawExplain'),
      text: { path: 'decisionNote', label: t('proposals.action.withdrawNote'), required: false },
      confirmLabel: t('proposals.action.withdrawConfirm'),
      color: 'red',
      done: t('proposals.action.withdrawn'),
    },
  };

  return (
    <RecordStatusActions
      kind="proposals"
      all={all}
      allowed={proposal.allowedActions}
      input={(action: ProposalAction, values) => ({
        id: proposal.id,
        version: proposal.version,
        action,
        decisionNote: values.text,
        decidedOn: values.date || null,
      })}
      schema={proposalTransitionInput}
      transition={(input) => transition.mutateAsync(input)}
      cache={cache}
      parseCurrent={parseProposalDetail}
    />
  );
}
