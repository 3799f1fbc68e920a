import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
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
