import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ProposalAction, type ProposalDetail, proposalTransitionInput, todayIn } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { type StatusActionSpec, StatusActions } from '../kit/status-actions';
import { schemaErrors } from '../kit/form/validate';
import { parseProposalDetail } from './proposal-form';

/** Submit, review, decide (with a note and the day), or withdraw: only what the server allows now. */
export function ProposalActions({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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

  const input = (action: ProposalAction, note: string, date: string) => ({
    id: proposal.id,
    version: proposal.version,
    action,
    decisionNote: note,
    decidedOn: date || null,
  });

  return (
    <StatusActions
      label={t('proposals.action.group')}
      specs={proposal.allowedActions.map((action) => all[action])}
      validate={(action, values) =>
        schemaErrors(proposalTransitionInput, input(action, values.text, values.date), lang)
      }
      run={async (action, values) => {
        const saved = await transition.mutateAsync(input(action, values.text, values.date));
        queryClient.setQueryData(trpc.proposals.get.queryKey({ id: saved.id }), saved);
        void queryClient.invalidateQueries({ queryKey: trpc.proposals.list.pathKey() });
      }}
      parseCurrent={parseProposalDetail}
      onReload={(current) =>
        queryClient.setQueryData(trpc.proposals.get.queryKey({ id: current.id }), current)
      }
      notSavedTitle={t('proposals.action.notChanged')}
    />
  );
}
