import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A one-time link to set a password: shown once, selectable, with a button that copies it. */
export function InviteLink({ link }: { link: string }) {
  const { t } = useTranslation();
  const linkRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      // Absent outside a secure context (an intranet served over plain http): then select it.
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      linkRef.current?.select();
      setCopied('failed');
    }
  };

  return (
    <Stack gap="sm">
      <TextInput
        ref={linkRef}
        label={t('admin.invite.link')}
        description={t('admin.invite.linkHint')}
        value={link}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <Group gap="sm">
        <Button onClick={() => void copy()}>{t('admin.invite.copy')}</Button>
        <Text size="sm" role="status" c={copied === 'failed' ? 'orange.9' : 'teal.9'}>
          {copied === 'yes'
            ? t('admin.invite.copied')
            : copied === 'failed'
              ? t('admin.invite.copyFailed')
              : ''}
        </Text>
      </Group>
    </Stack>
  );
}

interface LinkIssuedProps {
  title: string;
  body: string;
  link: string;
  /** The buttons under the link, e.g. "Tutup". */
  children: ReactNode;
}

/** What replaces a confirmation or a form once a link is made: what happened, the link, what next. */
export function LinkIssued({ title, body, link, children }: LinkIssuedProps) {
  const alertRef = useRef<HTMLDivElement>(null);
  // What was there is gone; take keyboard and screen-reader users to what replaced it.
  useEffect(() => alertRef.current?.focus(), []);
  return (
    <Stack gap="sm">
      <Alert ref={alertRef} tabIndex={-1} color="teal" title={title}>
        {body}
      </Alert>
      <InviteLink link={link} />
      <Group justify="flex-end" gap="sm">
        {children}
      </Group>
    </Stack>
  );
}
