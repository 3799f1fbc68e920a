import { Button, Menu, Modal } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { UserView } from '@tindak/shared';
import { pathTo } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../api/trpc';
import { useSendDigestNow } from '../digest/send-digest-now';
import { ConfirmPanel } from '../kit/confirm-action';
import { LinkIssued } from './invite-link';
import { userStatus } from './user-options';

export type UserAction = { kind: 'sendDigest' | 'resendInvitation'; user: UserView };

interface UserActionsMenuProps {
  user: UserView;
  onAction: (action: UserAction) => void;
}

/** The less frequent things to do for one user, behind one button per row. */
export function UserActionsMenu({ user, onAction }: UserActionsMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="compact-sm"
          variant="default"
          aria-label={t('admin.actions.openNamed', { name: user.displayName })}
        >
          {t('admin.actions.open')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to={pathTo('digest', {}, { pengguna: user.id })}>
          {t('admin.actions.previewDigest')}
        </Menu.Item>
        <Menu.Item onClick={() => onAction({ kind: 'sendDigest', user })}>
          {t('admin.actions.sendDigest')}
        </Menu.Item>
        {userStatus(user) === 'pending' && (
          <Menu.Item onClick={() => onAction({ kind: 'resendInvitation', user })}>
            {t('admin.actions.resendInvitation')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

/** The dialog an action from the menu opens: one question, then the outcome. */
export function UserActionDialog({ action, onClose }: { action: UserAction | null; onClose: () => void }) {
  const { t } = useTranslation();
  const title =
    action?.kind === 'resendInvitation' ? t('admin.actions.resendInvitation') : t('admin.actions.sendDigest');
  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('auth.closeDialog') }}
    >
      {action?.kind === 'sendDigest' && <SendDigest user={action.user} onClose={onClose} />}
      {action?.kind === 'resendInvitation' && <ResendInvitation user={action.user} onClose={onClose} />}
    </Modal>
  );
}

function SendDigest({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation();
  const sendNow = useSendDigestNow();
  return (
    <ConfirmPanel
      question={t('digest.sendNowConfirm', { name: user.displayName })}
      explain={t('digest.sendNowExplain')}
      confirmLabel={t('digest.sendNowYes')}
      cancelLabel={t('digest.sendNowNo')}
      failedTitle={t('digest.sendFailed')}
      onConfirm={() => sendNow(user)}
      onCancel={onClose}
      onDone={onClose}
    />
  );
}

/** A fresh invitation for someone who has not set a password: the old link stops working. */
function ResendInvitation({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const resend = useMutation(trpc.users.resendInvitation.mutationOptions());
  const [link, setLink] = useState<string | null>(null);

  if (!link) {
    return (
      <ConfirmPanel
        question={t('admin.resend.confirm', { name: user.displayName })}
        explain={t('admin.resend.explain', { email: user.email })}
        confirmLabel={t('admin.resend.yes')}
        cancelLabel={t('admin.resend.no')}
        failedTitle={t('admin.resend.failed')}
        onConfirm={async () => setLink((await resend.mutateAsync({ id: user.id })).link)}
        onCancel={onClose}
        onDone={() => {}}
      />
    );
  }
  return (
    <LinkIssued
      title={t('admin.resend.doneTitle', { name: user.displayName })}
      body={t('admin.resend.doneBody', { name: user.displayName, email: user.email })}
      link={link}
    >
      <Button variant="default" onClick={onClose}>
        {t('admin.invite.close')}
      </Button>
    </LinkIssued>
  );
}
