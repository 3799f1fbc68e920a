import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maskTimeText, parseTimeText } from './date-text';

type TimeFieldProps = Omit<TextInputProps, 'value' | 'onChange'> & {
  /** `HH:mm` on a 24-hour clock, '' for none, or what was typed when it is not a time yet. */
  value: string;
  onChange: (value: string) => void;
};

/**
 * A time of day on a 24-hour clock, typed as 09:30, 9.30 or 0930 whatever the browser's language
 * (the native time input shows AM/PM in an English browser). While typing, the form receives the
 * time once it reads as one, else the text itself, so the form's check can say what to fix.
 */
export function TimeField({ value, onChange, onBlur, ...props }: TimeFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);

  // Follow the form when it sets the value itself (reset, reload after a conflict).
  useEffect(() => {
    setText((shown) => (parseTimeText(shown) === value || shown === value ? shown : value));
  }, [value]);

  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('dateField.timePlaceholder')}
      maxLength={5}
      {...props}
      value={text}
      onChange={(event) => {
        const typed = maskTimeText(event.currentTarget.value);
        setText(typed);
        onChange(typed.trim() === '' ? '' : (parseTimeText(typed) ?? typed));
      }}
      onBlur={(event) => {
        const time = parseTimeText(text);
        if (time) setText(time);
        onBlur?.(event);
      }}
    />
  );
}
