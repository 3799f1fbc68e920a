import { Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { pathTo } from '@tindak/shared';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Snippet, useHitMeta } from './hit-parts';
import { hitPath, useSearch } from './use-search';

interface SearchDialogProps {
  opened: boolean;
  onClose: () => void;
}

interface Choice {
  id: string;
  path: string;
}

export function searchPagePath(q: string) {
  return pathTo('search', {}, { q: q.trim() });
}

/**
 * The search as an ARIA combobox: focus stays in the field, arrows move the highlighted option
 * (announced through aria-activedescendant), Enter opens it, Escape closes the dialog. With no
 * option highlighted, Enter opens the full results page. Full screen on phones.
 */
export function SearchDialog({ opened, onClose }: SearchDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 36em)');
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const search = useSearch(text);
  const meta = useHitMeta();
  const listId = useId();
  const helpId = useId();

  // Each time it opens it starts empty, like a fresh search field.
  useEffect(() => {
    if (opened) {
      setText('');
      setActive(-1);
    }
  }, [opened]);

  const choices: Choice[] = search.groups.flatMap((g) =>
    g.hits.map((hit) => ({ id: `${listId}-${g.kind}-${hit.id}`, path: hitPath[g.kind](hit) })),
  );
  const showList = search.enabled && !search.isError && (search.total > 0 || !search.isLoading);
  if (search.enabled) choices.push({ id: `${listId}-all`, path: searchPagePath(search.q) });
  const activeChoice = active >= 0 ? choices[active] : undefined;

  function go(path: string) {
    onClose();
    navigate(path);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!choices.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(
        (current) => (current + step + choices.length + (current < 0 && step < 0 ? 1 : 0)) % choices.length,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeChoice) go(activeChoice.path);
      else if (text.trim().length >= 2) go(searchPagePath(text));
    }
  }

  let status: string;
  if (!search.enabled) status = t('search.typeMore');
  else if (search.isError) status = t('search.error');
  else if (search.isLoading) status = t('search.searching');
  else if (search.total === 0 && !search.isFetching) status = t('search.noResults', { q: search.q });
  else status = search.isFetching ? t('search.searching') : t('search.count', { count: search.total });

  let index = 0;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('search.title')}
      fullScreen={phone}
      size="lg"
      yOffset="8vh"
      closeButtonProps={{ 'aria-label': t('search.close') }}
    >
      <Stack gap="sm">
        <TextInput
          data-autofocus
          role="combobox"
          type="search"
          autoComplete="off"
          spellCheck={false}
          label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={activeChoice?.id}
          aria-describedby={helpId}
          rightSection={search.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
        />
        <Text id={helpId} size="xs" c="gray.7">
          {t('search.keyboardHelp')}
        </Text>
        <Text role="status" size="sm" c={search.isError ? 'red.8' : 'gray.7'}>
          {status}
        </Text>
        <div
          role="listbox"
          id={listId}
          aria-label={t('search.results')}
          hidden={!showList}
          className="tindak-search-list"
        >
          {search.groups.map((group) => (
            // biome-ignore lint/a11y/useSemanticElements: an ARIA listbox groups its options with role="group", not fieldsets
            <div key={group.kind} role="group" aria-labelledby={`${listId}-${group.kind}`}>
              <div id={`${listId}-${group.kind}`} role="presentation" className="tindak-search-group">
                {t(`search.kind.${group.kind}`)}
              </div>
              {group.hits.map((hit) => {
                const i = index++;
                const choice = choices[i];
                return (
                  // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: options are reached from the combobox with the arrow keys (aria-activedescendant); focus stays in the field
                  <div
                    key={hit.id}
                    id={choice?.id}
                    role="option"
                    aria-selected={i === active}
                    className="tindak-search-option"
                    onMouseEnter={() => setActive(i)}
                    onClick={() => choice && go(choice.path)}
                  >
                    <div className="tindak-search-title">{hit.title}</div>
                    <div className="tindak-search-meta">{meta(hit)}</div>
                    {hit.snippet ? (
                      <div className="tindak-search-snippet">
                        <Snippet text={hit.snippet} />
                      </div>
                    ) : null}
                  </div>
                );
              })}
            </div>
          ))}
          {search.enabled ? (
            // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useFocusableInteractive: options are reached from the combobox with the arrow keys (aria-activedescendant); focus stays in the field
            <div
              id={`${listId}-all`}
              role="option"
              aria-selected={active === choices.length - 1}
              className="tindak-search-option tindak-search-all"
              onMouseEnter={() => setActive(choices.length - 1)}
              onClick={() => go(searchPagePath(search.q))}
            >
              {t('search.seeAll', { q: search.q })}
            </div>
          ) : null}
        </div>
      </Stack>
    </Modal>
  );
}
