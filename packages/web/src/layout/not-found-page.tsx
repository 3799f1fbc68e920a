import { Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface NotFoundProps {
  title?: string;
  body?: string;
}

/** Shared by unknown addresses and by a meeting id that does not exist. */
export function NotFoundPage({ title, body }: NotFoundProps) {
  const { t } = useTranslation();
  const heading = title ?? t('notFound.title');
  useDocumentTitle(`${heading} · ${t('app.name')}`);
  return (
    <Stack align="flex-start" gap="md" py="xl" maw={560}>
      <Title order={1} className="tindak-page-title">
        {heading}
      </Title>
      <Text>{body ?? t('notFound.body')}</Text>
      <Button component={Link} to="/rapat" variant="light">
        {t('common.backToList')}
      </Button>
    </Stack>
  );
}
