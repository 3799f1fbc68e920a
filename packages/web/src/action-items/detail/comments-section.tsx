import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ActionItemDetail, commentInput, formatDateTime } from '@tindak/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useItemAuthority } from '../../auth/use-authority';
import { useLanguage } from '../../i18n/use-language';
import { checkWithSchema, placeActionError } from './action-errors';

/** Komentar: the conversation on an item, oldest first like a thread, with a box to add to it. */
export function CommentsSection({ item }: { item: ActionItemDetail }) {
  const may = useItemAuthority(item);
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Stack gap="sm">
      {item.comments.length === 0 ? (
        <Text c="dimmed">{t('actionItems.comments.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" className="tindak-plain-list">
          {item.comments.map((comment) => (
            <Paper component="li" key={comment.id} withBorder p="sm">
              <Text size="xs" c="dimmed" mb={4}>
                {comment.authorName && (
                  <Text component="span" fw={600} c="dark" size="xs">
                    {comment.authorName} ·{' '}
                  </Text>
                )}
                <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, lang)}</time>
              </Text>
              <Text size="sm" className="tindak-preserve-lines">
                {comment.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {may.work ? (
        <CommentForm itemId={item.id} />
      ) : (
        may.role && (
          <Text size="sm" c="dimmed">
            {may.roleReadsOnly ? t('actionItems.comments.readOnlyRole') : t('actionItems.comments.notOwner')}
          </Text>
        )
      )}
    </Stack>
  );
}

function CommentForm({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(trpc.actionItems.comment.mutationOptions());
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setProblem(null);
    const input = { id: itemId, body };
    const errors = checkWithSchema(commentInput, input, lang);
    if (errors.body) {
      setError(errors.body);
      fieldRef.current?.focus();
      return;
    }
    try {
      const saved = await mutation.mutateAsync(input);
      const key = trpc.actionItems.get.queryKey({ id: itemId });
      queryClient.setQueryData(key, saved);
      void queryClient.invalidateQueries({ queryKey: key });
      setBody('');
      setError(null);
      notifications.show({ color: 'teal', message: t('actionItems.comments.sent') });
    } catch (failure) {
      const placed = placeActionError(failure, ['body'], t('common.networkError'));
      setError(placed.fieldErrors.body ?? null);
      if (placed.problem.kind !== 'fields') setProblem(placed.problem.message);
      else fieldRef.current?.focus();
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="xs">
        <Textarea
          ref={fieldRef}
          label={t('actionItems.comments.field')}
          placeholder={t('actionItems.comments.placeholder')}
          autosize
          minRows={2}
          maxRows={10}
          value={body}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            setError(null);
          }}
          error={error}
        />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={mutation.isPending}>
            {t('actionItems.comments.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
