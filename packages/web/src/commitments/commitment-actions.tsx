import { useMutation } from '@tanstack/react-query';
import { type CommitmentAction, type CommitmentDetail, commitmentTransitionInput } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import type { StatusActionSpec } from '../kit/status-actions';
import { RecordStatusActions } from '../records/record-status-actions';
import { parseCommitmentDetail } from './commitment-form';
import { useCommitmentCache } from './use-commitment-cache';

/** Start, fulfil (with evidence), not fulfilled or cancel (with a reason): what the server allows now. */
export function CommitmentActions({ commitment }: { commitment: CommitmentDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const cache = useCommitmentCache();
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

  return (
    <RecordStatusActions
      kind="commitments"
      all={all}
      allowed={commitment.allowedActions}
      input={(action: CommitmentAction, values) => ({
        id: commitment.id,
        version: commitment.version,
        action,
        evidence: action === 'fulfil' ? values.text : '',
        reason: action === 'fulfil' ? '' : values.text,
      })}
      schema={commitmentTransitionInput}
      transition={(input) => transition.mutateAsync(input)}
      cache={cache}
      parseCurrent={parseCommitmentDetail}
    />
  );
}
