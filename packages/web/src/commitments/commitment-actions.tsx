import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CommitmentAction, type CommitmentDetail, commitmentTransitionInput } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { type StatusActionSpec, StatusActions } from '../kit/status-actions';
import { schemaErrors } from '../kit/form/validate';
import { parseCommitmentDetail } from './commitment-form';

/** Start, fulfil (with evidence), not fulfilled or cancel (with a reason): what the server allows now. */
export function CommitmentActions({ commitment }: { commitment: CommitmentDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const transition = useMutation(trpc.commitments.transition.mutationOptions());

  const all: Record<CommitmentAction, StatusActionSpec<CommitmentAction>> = {
    start: {
      action: 'start',
      label: t('commitments.action.start'),
      direct: true,
      done: t('commitments.action.started'),
    },
    fulfil: {
      action: 'fulfil',
      label: t('commitments.action.fulfil'),
      title: t('commitments.action.fulfilTitle'),
      text: {
        path: 'evidence',
        label: t('commitments.action.evidence'),
        description: t('commitments.action.evidenceHint'),
        required: true,
      },
      confirmLabel: t('commitments.action.fulfilConfirm'),
      color: 'teal',
      done: t('commitments.action.fulfilled'),
    },
    markNotFulfilled: {
      action: 'markNotFulfilled',
      label: t('commitments.action.markNotFulfilled'),
      title: t('commitments.action.markNotFulfilledTitle'),
      text: { path: 'reason', label: t('commitments.action.reason'), required: true },
      confirmLabel: t('commitments.action.markNotFulfilledConfirm'),
      color: 'orange',
      done: t('commitments.action.notFulfilled'),
    },
    cancel: {
      action: 'cancel',
      label: t('commitments.action.cancel'),
      title: t('commitments.action.cancelTitle'),
      explain: t('commitments.action.cancelExplain'),
      text: { path: 'reason', label: t('commitments.action.reason'), required: true },
      confirmLabel: t('commitments.action.cancelConfirm'),
      color: 'red',
      done: t('commitments.action.cancelled'),
    },
  };

  const input = (action: CommitmentAction, text: string) => ({
    id: commitment.id,
    version: commitment.version,
    action,
    evidence: action === 'fulfil' ? text : '',
    reason: action === 'fulfil' ? '' : text,
  });

  return (
    <StatusActions
      label={t('commitments.action.group')}
      specs={commitment.allowedActions.map((action) => all[action])}
      validate={(action, values) => schemaErrors(commitmentTransitionInput, input(action, values.text), lang)}
      run={async (action, values) => {
        const saved = await transition.mutateAsync(input(action, values.text));
        queryClient.setQueryData(trpc.commitments.get.queryKey({ id: saved.id }), saved);
        void queryClient.invalidateQueries({ queryKey: trpc.commitments.list.pathKey() });
      }}
      parseCurrent={parseCommitmentDetail}
      onReload={(current) =>
        queryClient.setQueryData(trpc.commitments.get.queryKey({ id: current.id }), current)
      }
      notSavedTitle={t('commitments.action.notChanged')}
    />
  );
}
