import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, commentInput, formatDateTime } from '@tindak/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useItemAuthority } from '../../auth/use-authority';
import { useLanguage } from '../../i18n/use-language';
import { SaveProblemAlert } from '../../kit/form/save-problem-alert';
import { useSaveForm } from '../../kit/form/use-save-form';
import { schemaErrors } from '../../kit/form/validate';
import { useSaveOrQueue } from '../../offline/pending-save';
import { useShowItem } from './use-item-form';

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
        <CommentForm item={item} />
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

function CommentForm({ item }: { item: ActionItemDetail }) {
  const itemId = item.id;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.comment.mutationOptions());
  const showItem = useShowItem();
  const saveOrQueue = useSaveOrQueue();
  // Whether the last comment waited on the device, for the toast to say so.
  const queued = useRef(false);
  // A comment adds to the thread and changes nothing else, so it needs no version.
  const { form, feedback, formProps, submitting } = useSaveForm({
    initialValues: { body: '' },
    validate: ({ body }, lang) => schemaErrors(commentInput, { id: itemId, body }, lang),
    isShown: (path) => path === 'body',
    // A key per press of the button, not per form: the box stays open for the next comment.
    save: async ({ body }) => {
      const result = await saveOrQueue({
        procedure: 'actionItems.comment',
        recordId: itemId,
        input: { id: itemId, body },
        label: t('pendingChanges.label.comment', { title: item.title }),
        send: (sent) => mutation.mutateAsync(sent),
      });
      queued.current = result.queued;
      return result.queued ? item : result.saved;
    },
    onSaved: (saved) => {
      showItem(saved);
      form.reset();
      notifications.show({
        color: 'teal',
        message: queued.current ? t('pendingChanges.savedOnDevice') : t('actionItems.comments.sent'),
      });
    },
  });

  return (
    <form {...formProps}>
      <Stack gap="xs">
        <Textarea
          label={t('actionItems.comments.field')}
          placeholder={t('actionItems.comments.placeholder')}
          autosize
          minRows={2}
          maxRows={10}
          {...form.getInputProps('body')}
        />
        <SaveProblemAlert
          feedback={feedback}
          notSavedTitle={t('actionItems.actions.notSent')}
          onReload={() => {}}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={submitting}>
            {t('actionItems.comments.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
