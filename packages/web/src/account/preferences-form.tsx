import { Button, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type Language,
  languages,
  type NotifyMode,
  notifyModes,
  preferencesInput,
  type SessionUserView,
} from '@tindak/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { indonesianZones, isMainIndonesianZone, otherZones } from './time-zones';

interface PreferenceValues {
  language: Language;
  notifyMode: NotifyMode;
  timeZone: string;
}

const fields = new Set(['language', 'notifyMode', 'timeZone']);
const OTHER = 'other';

function valuesOf(user: SessionUserView): PreferenceValues {
  return { language: user.language, notifyMode: user.notifyMode, timeZone: user.timeZone };
}

/** Language, how notifications arrive by email, and the time zone times are shown (and mailed) in. */
export function PreferencesForm({ user }: { user: SessionUserView }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.auth.setPreferences.mutationOptions());
  const [saved, setSaved] = useState(false);
  const [otherZone, setOtherZone] = useState(!isMainIndonesianZone(user.timeZone));
  const zones = useMemo(() => otherZones(user.timeZone), [user.timeZone]);

  const { form, feedback, formProps, submitting } = useSaveForm<PreferenceValues, SessionUserView>({
    initialValues: valuesOf(user),
    validate: (values, lang) => schemaErrors(preferencesInput, values, lang, { timeZone: !values.timeZone }),
    isShown: (path) => fields.has(path),
    onValuesChange: () => setSaved(false),
    save: (values) => save.mutateAsync(values),
    onSaved: async (next) => {
      queryClient.setQueryData(trpc.auth.me.queryKey(), (me) => (me ? { ...me, user: next } : me));
      form.setInitialValues(valuesOf(next));
      form.resetDirty(valuesOf(next));
      if (next.language !== i18n.language) await i18n.changeLanguage(next.language);
      setSaved(true);
    },
  });

  // The header's language switch saves the language too; follow it unless the field was changed here.
  useEffect(() => {
    if (form.isDirty('language')) return;
    form.setFieldValue('language', user.language);
    form.setInitialValues({ ...form.getInitialValues(), language: user.language });
  }, [user.language]);

  const zoneChoice = otherZone ? OTHER : form.values.timeZone;
  const chooseZone = (value: string) => {
    const other = value === OTHER;
    setOtherZone(other);
    // "Another zone" starts empty, so the person picks one instead of keeping WIB by accident.
    form.setFieldValue('timeZone', other ? '' : value);
  };

  return (
    <form {...formProps} aria-label={t('account.formLabel')}>
      <Stack gap="lg">
        <Radio.Group
          label={t('account.language')}
          description={t('account.languageHint')}
          {...form.getInputProps('language')}
        >
          <Group gap="lg" mt="xs">
            {languages.map((code) => (
              <Radio key={code} value={code} label={<span lang={code}>{t(`language.${code}`)}</span>} />
            ))}
          </Group>
        </Radio.Group>

        <Radio.Group
          label={t('account.notify')}
          description={t('account.notifyHint')}
          {...form.getInputProps('notifyMode')}
        >
          <Stack gap="xs" mt="xs">
            {notifyModes.map((mode) => (
              <Radio.Card key={mode} value={mode} p="sm" radius="md">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={2} />
                  <div>
                    <Text fw={600}>{t(`account.notifyMode.${mode}`)}</Text>
                    <Text size="sm" c="dimmed">
                      {t(`account.notifyModeHint.${mode}`)}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>

        <Stack gap="xs">
          <Radio.Group
            label={t('account.timeZone')}
            description={t('account.timeZoneHint')}
            value={zoneChoice}
            onChange={chooseZone}
            error={otherZone ? undefined : form.errors.timeZone}
          >
            <Stack gap="xs" mt="xs">
              {indonesianZones.map(({ zone, key }) => (
                <Radio key={zone} value={zone} label={t(`timeZone.${key}`)} description={zone} />
              ))}
              <Radio value={OTHER} label={t('account.otherZone')} />
            </Stack>
          </Radio.Group>
          {otherZone && (
            <Select
              label={t('account.otherZoneSelect')}
              placeholder={t('account.otherZonePlaceholder')}
              required
              searchable
              data={zones}
              nothingFoundMessage={t('account.noZoneMatches')}
              limit={50}
              maw={360}
              value={form.values.timeZone || null}
              onChange={(value) => form.setFieldValue('timeZone', value ?? '')}
              error={form.errors.timeZone}
            />
          )}
        </Stack>

        <SaveProblemAlert feedback={feedback} notSavedTitle={t('account.notSaved')} onReload={() => {}} />
        <Group gap="sm">
          <Button type="submit" loading={submitting}>
            {t('account.save')}
          </Button>
          {/* Always present, so screen readers announce the message when it appears. */}
          <Text size="sm" c="teal.9" fw={600} role="status">
            {saved ? t('account.saved') : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
