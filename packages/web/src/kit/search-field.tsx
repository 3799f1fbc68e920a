import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { SearchIcon } from '../search/search-icon';

/** Wait this long after the last key before searching: one request per pause, not per letter. */
export const SEARCH_FIELD_DELAY_MS = 300;

interface SearchFieldProps extends Pick<TextInputProps, 'label' | 'placeholder' | 'w' | 'maw'> {
  /** What is searched now (from the address). */
  q: string;
  /** Called with the trimmed text once typing pauses, or at once on Enter. */
  onSearch: (q: string) => void;
  maxLength: number;
}

/** A list's search box that follows the address: typing updates it after a pause, Back updates the box. */
export function SearchField({ q, onSearch, maxLength, ...layout }: SearchFieldProps) {
  const [text, setText] = useState(q);
  const search = useDebouncedCallback((value: string) => onSearch(value.trim()), SEARCH_FIELD_DELAY_MS);
  // Back, forward or a link changed the address: the field shows what is searched.
  useEffect(() => setText((current) => (current.trim() === q ? current : q)), [q]);
  return (
    <TextInput
      type="search"
      {...layout}
      leftSection={<SearchIcon />}
      value={text}
      maxLength={maxLength}
      onChange={(event) => {
        setText(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') search.flush();
      }}
    />
  );
}
