import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker, DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
import 'dayjs/locale/id';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatDateText, parseDateText } from './date-text';

type DateFieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'rightSection'> & {
  /** `YYYY-MM-DD`, or '' for none. */
  value: string;
  onChange: (iso: string) => void;
  /** Days outside these are greyed out in the calendar only: a typed date is kept, and the form's
   * check says why it is refused (a calendar that silently drops it would hide the reason). */
  minDate?: string;
  maxDate?: string;
};

/**
 * A date typed as dd/mm/yyyy whatever the browser's language (the native date input shows
 * mm/dd/yyyy in an English browser), or picked from a calendar in the interface language behind
 * the button at its end. The form holds `YYYY-MM-DD`, '' while the text is not a date yet; text
 * that is not a date says so when the field is left. The calendar opens only on request, so it
 * never covers the form's buttons while someone types.
 */
export function DateField({ value, onChange, minDate, maxDate, onBlur, error, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [text, setText] = useState(formatDateText(value));
  const [unreadable, setUnreadable] = useState(false);
  const [opened, setOpened] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  // Follow the form when it sets the value itself (a default, a reset, the latest version).
  useEffect(() => {
    setText((shown) => {
      const typed = parseDateText(shown);
      if (typed === value || (value === '' && typed === null)) return shown;
      return formatDateText(value);
    });
  }, [value]);

  const take = (iso: string) => {
    setText(formatDateText(iso));
    setUnreadable(false);
    onChange(iso);
  };

  return (
    <TextInput
      ref={inputRef}
      inputMode="numeric"
      autoComplete="off"
      placeholder={t('dateField.placeholder')}
      maxLength={10}
      {...props}
      value={text}
      error={error ?? (unreadable ? t('dateField.unreadable') : undefined)}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        setUnreadable(false);
        onChange(parseDateText(typed) ?? '');
      }}
      onBlur={(event) => {
        const iso = parseDateText(text);
        if (iso) setText(formatDateText(iso));
        else setUnreadable(text.trim() !== '');
        onBlur?.(event);
      }}
      rightSectionWidth={44}
      rightSection={
        <Popover opened={opened} onChange={setOpened} position="bottom-end" withinPortal trapFocus>
          <Popover.Target>
            {/* Named without the field's label, so the label names only the text field. */}
            <ActionIcon
              variant="subtle"
              color="gray"
              size={36}
              aria-label={t('dateField.openCalendar')}
              aria-expanded={opened}
              disabled={props.disabled || props.readOnly}
              onClick={() => setOpened((open) => !open)}
            >
              <CalendarIcon />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            {/* Here rather than around the app: only pages with a date field load the calendar
                (and dayjs's Indonesian). Month and day names in the interface language; weeks
                start on Monday, as in Indonesia. */}
            <DatesProvider settings={{ locale: lang, firstDayOfWeek: 1 }}>
              <DatePicker
                value={value || null}
                defaultDate={value || minDate || undefined}
                minDate={minDate || undefined}
                maxDate={maxDate || undefined}
                // Weekend days in red and days of other months in grey fail contrast; neither helps here.
                weekendDays={[]}
                hideOutsideDates
                nextLabel={t('dateField.next')}
                previousLabel={t('dateField.previous')}
                ariaLabels={{
                  nextMonth: t('dateField.nextMonth'),
                  previousMonth: t('dateField.previousMonth'),
                  nextYear: t('dateField.nextYear'),
                  previousYear: t('dateField.previousYear'),
                  nextDecade: t('dateField.nextDecade'),
                  previousDecade: t('dateField.previousDecade'),
                  monthLevelControl: t('dateField.chooseMonth'),
                  yearLevelControl: t('dateField.chooseYear'),
                }}
                onChange={(picked) => {
                  take(picked ?? '');
                  setOpened(false);
                  inputRef.current?.focus();
                }}
              />
            </DatesProvider>
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}

function CalendarIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M16 3v4M8 3v4M3 10h18" />
    </svg>
  );
}
