import { Button, Card, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, statusLabel } from '@tindak/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import {
  type DraftAuthority,
  type ItemAuthority,
  useDraftAuthority,
  useItemAuthority,
} from '../../auth/use-authority';
import { useLanguage } from '../../i18n/use-language';
import { isClosed } from '../shared/options';
import { ActionFormAlert } from './action-form-frame';
import { DelegateForm } from './forms/delegate-form';
import { EditForm } from './forms/edit-form';
import { EvidenceForm } from './forms/evidence-form';
import { DecideExtensionForm, RequestExtensionForm } from './forms/extension-forms';
import { ProgressForm } from './forms/progress-form';
import { StatusChangeForm } from './forms/status-change-form';
import { VerifyForm } from './forms/verify-form';
import { useItemClick } from './use-item-click';

type FormAction =
  | 'edit'
  | 'verify'
  | 'submitEvidence'
  | 'progress'
  | 'delegate'
  | 'requestExtension'
  | 'decideExtension'
  | 'block'
  | 'unblock'
  | 'cancel';

/** Progress can be reported while work is open, under way or held up (the API's own rule). */
const progressStatuses = new Set(['open', 'in_progress', 'blocked']);

/** The actions valid now and allowed to this person, most likely first; a form action opens its form. */
function availableActions(
  item: ActionItemDetail,
  may: ItemAuthority,
  draftMay: DraftAuthority,
): FormAction[] {
  // A draft is not anyone's work yet: a head of the meeting's host corrects, assigns or cancels it;
  // the secretariat who drafted it may withdraw it.
  if (item.status === 'draft') {
    if (draftMay.assign) return ['edit', 'cancel'];
    return draftMay.cancel ? ['cancel'] : [];
  }
  const allowed = new Set(item.allowedActions);
  const closed = isClosed(item.status);
  const pendingExtension = item.extensions.some((e) => e.status === 'pending');
  const actions: FormAction[] = [];
  if (may.decide && (allowed.has('acceptEvidence') || allowed.has('rejectEvidence'))) actions.push('verify');
  if (may.work && allowed.has('submitEvidence')) actions.push('submitEvidence');
  if (may.work && progressStatuses.has(item.status)) actions.push('progress');
  if (may.decide && pendingExtension) actions.push('decideExtension');
  if (may.assign && !closed) actions.push('delegate');
  if (may.work && !closed && !pendingExtension) actions.push('requestExtension');
  if (may.assign && allowed.has('block')) actions.push('block');
  if (may.assign && allowed.has('unblock')) actions.push('unblock');
  if (may.assign && !closed) actions.push('edit');
  if (may.assign && allowed.has('cancel')) actions.push('cancel');
  return actions;
}

/** The one action most likely next gets the filled button; the rest stay quieter. */
function primaryAction(item: ActionItemDetail, actions: FormAction[]): FormAction | 'start' | undefined {
  if (item.allowedActions.includes('start')) return 'start';
  return actions.find((a) => a === 'verify' || a === 'submitEvidence' || a === 'unblock');
}

/** Tindakan: only what can be done to the item now, each behind a labelled button. */
export function ActionPanel({ item }: { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [open, setOpen] = useState<FormAction | null>(null);
  const phone = useMediaQuery('(max-width: 36em)', false, { getInitialValueInEffect: false });
  const may = useItemAuthority(item);
  const draftMay = useDraftAuthority(item.draftHome);
  const actions = availableActions(item, may, draftMay);
  const canStart = may.assign && item.allowedActions.includes('start');
  const canAssignDraft = draftMay.assign && item.allowedActions.includes('assign');
  const pendingExtension = item.extensions.find((e) => e.status === 'pending');
  const primary = primaryAction(item, actions);
  const close = () => setOpen(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The button that opened the dialog is often gone afterwards (the action is done): focus then
  // lands on this section's heading instead of falling back to the top of the page.
  const keepFocus = () => {
    if (document.activeElement === document.body || !document.activeElement) headingRef.current?.focus();
  };

  return (
    <Card withBorder component="section" aria-labelledby="actions-heading">
      <Title order={2} size="h4" id="actions-heading" mb="sm" ref={headingRef} tabIndex={-1}>
        {t('actionItems.actions.title')}
      </Title>
      {actions.length === 0 && !canStart && !canAssignDraft ? (
        <Text size="sm" c="dimmed">
          {/* Say why nothing can be done: the draft, the role, the owner, or (only then) the status. */}
          {item.status === 'draft'
            ? t('actionItems.actions.onlyHeadsAssignDraft')
            : may.roleReadsOnly
              ? t('actionItems.actions.readOnlyRole')
              : may.readOnly
                ? t('actionItems.actions.notOwner')
                : t('actionItems.actions.none', { status: statusLabel(item.status, lang) })}
        </Text>
      ) : (
        <Stack gap="xs">
          {canAssignDraft && <AssignDraftButton item={item} />}
          {canStart && <StartButton item={item} />}
          {actions.map((action) => (
            <Button
              key={action}
              fullWidth
              justify="flex-start"
              variant={action === primary ? 'filled' : action === 'cancel' ? 'subtle' : 'light'}
              color={action === 'cancel' ? 'red' : undefined}
              onClick={() => setOpen(action)}
              aria-haspopup="dialog"
            >
              {t(`actionItems.actions.${action}.open`)}
            </Button>
          ))}
          {item.status === 'draft' && !draftMay.assign && (
            <Text size="sm" c="dimmed">
              {t('actionItems.actions.onlyHeadsAssignDraft')}
            </Text>
          )}
          {!may.assign && !isClosed(item.status) && item.status !== 'draft' && (
            <Text size="sm" c="dimmed">
              {t('actionItems.actions.onlyHeadsAssign')}
            </Text>
          )}
        </Stack>
      )}
      <Modal
        opened={open !== null}
        onClose={close}
        title={open ? t(`actionItems.actions.${open}.title`) : undefined}
        size="lg"
        fullScreen={phone}
        closeButtonProps={{ 'aria-label': t('actionItems.actions.close') }}
        onExitTransitionEnd={keepFocus}
      >
        {open === 'edit' && <EditForm item={item} onDone={close} />}
        {open === 'verify' && <VerifyForm item={item} onDone={close} />}
        {open === 'submitEvidence' && <EvidenceForm item={item} onDone={close} />}
        {open === 'progress' && <ProgressForm item={item} onDone={close} />}
        {open === 'delegate' && <DelegateForm item={item} onDone={close} />}
        {open === 'requestExtension' && <RequestExtensionForm item={item} onDone={close} />}
        {open === 'decideExtension' && pendingExtension && (
          <DecideExtensionForm item={item} extension={pendingExtension} onDone={close} />
        )}
        {(open === 'block' || open === 'unblock' || open === 'cancel') && (
          <StatusChangeForm item={item} action={open} onDone={close} />
        )}
      </Modal>
    </Card>
  );
}

/** Assigning a draft is one action: it opens, and its owner is told like of any new item. */
function AssignDraftButton({ item }: { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.assignDraft.mutationOptions());
  return (
    <OneClickAction
      item={item}
      label={t('actionItems.actions.assignDraft.open')}
      done={t('actionItems.actions.assignDraft.done')}
      send={(version) => mutation.mutateAsync({ id: item.id, version })}
    />
  );
}

/** Starting needs no words, so it acts on the click; a conflict still explains itself. */
function StartButton({ item }: { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.changeStatus.mutationOptions());
  return (
    <OneClickAction
      item={item}
      label={t('actionItems.actions.start.open')}
      done={t('actionItems.actions.start.done')}
      send={(version) => mutation.mutateAsync({ id: item.id, version, action: 'start' })}
    />
  );
}

interface OneClickActionProps {
  item: ActionItemDetail;
  label: string;
  /** Said once the change is saved. */
  done: string;
  send: (version: number) => Promise<ActionItemDetail>;
}

/** An action with no fields: a button that sends the version on screen, and the alert under it. */
function OneClickAction({ item, label, done, send }: OneClickActionProps) {
  const act = useItemClick(item);
  return (
    <Stack gap="xs">
      <Button fullWidth justify="flex-start" loading={act.pending} onClick={() => void act.run(send, done)}>
        {label}
      </Button>
      <ActionFormAlert feedback={act.feedback} onReload={act.reload} />
    </Stack>
  );
}
