import { Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { type OfficeLetterhead, paperSizes } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { EmailInput } from '../kit/form/email-input';

/** The office form's kop surat and paper, as typed (blank for none). */
export interface LetterheadValues {
  paperSize: 'A4' | 'F4';
  government: string;
  address: string;
  phone: string;
  email: string;
  website: string;
}

export function letterheadValuesOf(letterhead: OfficeLetterhead | undefined): LetterheadValues {
  return {
    paperSize: letterhead?.paperSize ?? 'A4',
    government: letterhead?.government ?? '',
    address: letterhead?.address ?? '',
    phone: letterhead?.phone ?? '',
    email: letterhead?.email ?? '',
    website: letterhead?.website ?? '',
  };
}

/**
 * "Kop surat dan kertas": what the office's letters (surat undangan, lembar disposisi) print at
 * their head, and the paper they are laid out for (F4 is what many regional offices use).
 */
// biome-ignore lint/suspicious/noExplicitAny: the office form's values; only `letterhead.*` is read here.
export function LetterheadFields({ form }: { form: UseFormReturnType<any> }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('directory.letterhead.legend')} variant="unstyled">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('directory.letterhead.paperSize')}
          description={t('directory.letterhead.paperSizeHint')}
          data={paperSizes.map((size) => ({ value: size, label: t(`directory.letterhead.paper.${size}`) }))}
          {...form.getInputProps('letterhead.paperSize')}
        />
        <TextInput
          label={t('directory.letterhead.government')}
          description={t('directory.letterhead.governmentHint')}
          maxLength={200}
          {...form.getInputProps('letterhead.government')}
        />
        <TextInput
          label={t('directory.letterhead.address')}
          maxLength={500}
          {...form.getInputProps('letterhead.address')}
        />
        <TextInput
          label={t('directory.letterhead.phone')}
          maxLength={100}
          {...form.getInputProps('letterhead.phone')}
        />
        <EmailInput label={t('directory.letterhead.email')} {...form.getInputProps('letterhead.email')} />
        <TextInput
          label={t('directory.letterhead.website')}
          maxLength={200}
          {...form.getInputProps('letterhead.website')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
