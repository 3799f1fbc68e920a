import { Anchor, Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../kit/load-states';
import { searchText, urlCodec, useUrlFilters } from '../kit/url-filters';
import { Snippet, useHitMeta } from './hit-parts';
import { SearchIcon } from './search-icon';
import { hitPath, MIN_SEARCH_LENGTH, useSearch } from './use-search';

/** The words searched for, in the address: `/cari?q=jambi`. */
const searchFilters = urlCodec({ q: searchText('q', 200) });

/** "See all": every kind with up to 50 hits each, the words kept in the address so the page can be shared. */
export function SearchPage() {
  const { t } = useTranslation();
  const [{ q }, setFilters] = useUrlFilters(searchFilters, { push: true });
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const search = useSearch(q, { limitPerKind: 50, debounce: false });
  const meta = useHitMeta();

  function submit(event: FormEvent) {
    event.preventDefault();
    setFilters({ q: text.trim() });
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} className="tindak-page-title">
          {t('search.pageTitle')}
        </Title>
        <Text c="gray.7">{t('search.pageIntro')}</Text>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not yet announced by every screen reader our users have */}
      <form role="search" onSubmit={submit}>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            type="search"
            style={{ flex: 1, minWidth: 0 }}
            label={t('search.label')}
            placeholder={t('search.placeholder')}
            leftSection={<SearchIcon />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <Button type="submit">{t('search.submit')}</Button>
        </Group>
      </form>
      <SearchPageResults q={q} search={search} meta={meta} />
    </Stack>
  );
}

function SearchPageResults({
  q,
  search,
  meta,
}: {
  q: string;
  search: ReturnType<typeof useSearch>;
  meta: ReturnType<typeof useHitMeta>;
}) {
  const { t } = useTranslation();
  if (q.trim().length < MIN_SEARCH_LENGTH)
    return q.trim() ? <Text role="status">{t('search.typeMore')}</Text> : null;
  if (search.isError)
    return <LoadError title={t('search.pageTitle')} error={search.error} onRetry={search.refetch} />;
  if (search.isLoading)
    return (
      <Group gap="xs" role="status">
        <Loader size="sm" aria-hidden="true" />
        <Text>{t('search.searching')}</Text>
      </Group>
    );
  if (search.total === 0) return <Text role="status">{t('search.noResults', { q: search.q })}</Text>;
  return (
    <Stack gap="lg">
      <Text role="status" fw={600}>
        {t('search.pageResultsFor', { q: search.q })} · {t('search.count', { count: search.total })}
      </Text>
      {search.groups.map((group) => (
        <section key={group.kind} aria-labelledby={`cari-${group.kind}`}>
          <Title order={2} size="h3" id={`cari-${group.kind}`} mb="xs">
            {t(`search.kind.${group.kind}`)} ({group.hits.length})
          </Title>
          <ul className="tindak-plain-list tindak-search-page-list">
            {group.hits.map((hit) => (
              <li key={hit.id}>
                <Anchor component={Link} to={hitPath[group.kind](hit)} fw={600}>
                  {hit.title}
                </Anchor>
                <Text size="sm" c="gray.7">
                  {meta(hit)}
                </Text>
                {hit.snippet ? (
                  <Text size="sm" className="tindak-wrap">
                    <Snippet text={hit.snippet} />
                  </Text>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Stack>
  );
}
