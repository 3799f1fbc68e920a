import type { UseFormReturnType } from '@mantine/form';

/**
 * A `DateField`'s value, change and message from a record's form: the field holds `YYYY-MM-DD` (or
 * '' for none), which `DateField` takes as it is.
 */
export function dateInputProps<Values extends Record<Field, string>, Field extends string>(
  form: UseFormReturnType<Values>,
  field: Field,
) {
  return {
    value: form.values[field],
    onChange: (value: string) => form.setFieldValue(field, value as never),
    error: form.errors[field],
  };
}
