import { Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { pathTo } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface NotFoundProps {
  title?: string;
  body?: string;
  /** Where the way out leads; the meeting list unless the record has its own list. */
  backTo?: string;
  backLabel?: string;
}

/** Shared by unknown addresses and by record ids that do not exist. */
export function NotFoundPage({ title, body, backTo = pathTo('meetings'), backLabel }: NotFoundProps) {
  const { t } = useTranslation();
  const heading = title ?? t('notFound.title');
  useDocumentTitle(`${heading} · ${t('app.name')}`);
  return (
    <Stack align="flex-start" gap="md" py="xl" maw={560}>
      <Title order={1} className="tindak-page-title">
        {heading}
      </Title>
      <Text>{body ?? t('notFound.body')}</Text>
      <Button component={Link} to={backTo} variant="light">
        {backLabel ?? t('common.backToList')}
      </Button>
    </Stack>
  );
}
