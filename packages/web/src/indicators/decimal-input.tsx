import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useLanguage } from '../i18n/use-language';

/** What a NumberInput holds: a number, or text while it is empty or half typed. */
export type NumberText = number | string;

/** Empty is "no number" (null); half-typed text is not a number, so the shared schema names the field. */
export function numberOrNull(value: NumberText): number | null {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? null : Number.NaN;
}

/**
 * A number as the UI language writes it: a decimal comma in Indonesian (2,62), a point in English.
 * No thousands separator while typing: with a thousands point, "3.4" typed out of habit (or pasted
 * from a spreadsheet) silently became 34. In Indonesian a typed point is therefore read as the
 * decimal comma; numbers are shown grouped (10.000) everywhere else.
 */
export function DecimalInput(props: Omit<NumberInputProps, 'decimalSeparator' | 'thousandSeparator'>) {
  const lang = useLanguage();
  return (
    <NumberInput
      decimalSeparator={lang === 'id' ? ',' : '.'}
      allowedDecimalSeparators={lang === 'id' ? ['.', ','] : ['.']}
      decimalScale={4}
      hideControls
      {...props}
    />
  );
}
