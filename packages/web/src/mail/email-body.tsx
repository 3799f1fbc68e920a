import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import './mail.css';

interface EmailBodyProps {
  subject: string;
  html: string;
  text: string;
}

/**
 * An email's two versions, as mail programs show them. The HTML goes into a frame with every
 * sandbox restriction on (`sandbox=""`): no scripts, no forms, no navigating this page, and its
 * own origin, so nothing in an email can reach the signed-in app.
 */
export function EmailBody({ subject, html, text }: EmailBodyProps) {
  const { t } = useTranslation();
  return (
    <Tabs defaultValue="html" keepMounted={false}>
      <Tabs.List aria-label={t('email.tabs')}>
        <Tabs.Tab value="html">{t('email.htmlTab')}</Tabs.Tab>
        <Tabs.Tab value="text">{t('email.textTab')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="html" pt="sm">
        <Stack gap="xs">
          <iframe
            className="tindak-email-frame"
            title={t('email.frameTitle', { subject })}
            sandbox=""
            srcDoc={html}
            referrerPolicy="no-referrer"
          />
          <Text size="xs" c="dimmed">
            {t('email.linksNote')}
          </Text>
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="text" pt="sm">
        <pre className="tindak-email-text">{text}</pre>
      </Tabs.Panel>
    </Tabs>
  );
}
