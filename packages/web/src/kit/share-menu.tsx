import { Button, Menu, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { ShareContext } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';

/** WhatsApp's own link: opens the app (or WhatsApp Web) with the text typed, the chat still to choose. */
export function whatsAppHref(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}

function ShareIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="12" cy="3.5" r="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="4" cy="8" r="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="12" cy="12.5" r="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M5.8 7 10.2 4.5M5.8 9l4.4 2.5" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

interface ShareMenuProps {
  /** The text for this page, from a builder in `@tindak/shared` (meetingShareText, ...). */
  text: (context: ShareContext) => string;
}

/**
 * "Bagikan": the page as a short text for a WhatsApp group (through a `wa.me` link, no API) or for
 * any other chat (copied). The text is built from what this page shows its reader, nothing more.
 */
export function ShareMenu({ text }: ShareMenuProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [fallbackOpen, fallback] = useDisclosure(false);
  const message = text({ lang, origin: window.location.origin });

  const copy = async () => {
    try {
      // Absent outside a secure context (an intranet on plain http) or refused: show it to copy by hand.
      await navigator.clipboard.writeText(message);
      notifications.show({ color: 'teal', message: t('share.copied') });
    } catch {
      fallback.open();
    }
  };

  return (
    <>
      <Menu position="bottom-start" shadow="md">
        <Menu.Target>
          <Button variant="light" leftSection={<ShareIcon />} w="fit-content">
            {t('share.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component="a" href={whatsAppHref(message)} target="_blank" rel="noopener noreferrer">
            {t('share.whatsApp')}
          </Menu.Item>
          <Menu.Item onClick={() => void copy()}>{t('share.copy')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={fallbackOpen} onClose={fallback.close} title={t('share.fallbackTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('share.fallbackHint')}</Text>
          <Textarea
            aria-label={t('share.fallbackLabel')}
            value={message}
            readOnly
            autosize
            minRows={6}
            maxRows={16}
            data-autofocus
            onFocus={(event) => event.currentTarget.select()}
          />
        </Stack>
      </Modal>
    </>
  );
}
