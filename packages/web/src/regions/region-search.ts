import type { ComboboxItem, ComboboxParsedItem, ComboboxParsedItemGroup, OptionsFilter } from '@mantine/core';

/** Lower case without accents, so "sumatera" finds "Sumatera" and "kepulauan" finds "Kepulauan". */
function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

const isGroup = (item: ComboboxParsedItem): item is ComboboxParsedItemGroup => 'group' in item;

/**
 * The region picker's search: a region matches by its name or its Kemendagri code (typing "15.0"
 * lists Jambi's regencies), and a province's name brings its whole group. Regencies stay under
 * their province, and at most `limit` options are shown, so 552 regions never render at once.
 */
export const filterRegionOptions: OptionsFilter = ({ options, search, limit }) => {
  const query = searchable(search.trim());
  const result: ComboboxParsedItem[] = [];
  let shown = 0;
  for (const option of options) {
    if (shown >= limit) break;
    if (!isGroup(option)) {
      const one = option as ComboboxItem;
      if (!query || searchable(one.label).includes(query) || one.value.startsWith(query)) {
        result.push(one);
        shown += 1;
      }
      continue;
    }
    const wholeGroup = query !== '' && searchable(String(option.group)).includes(query);
    const items = option.items.filter(
      (item) =>
        !query ||
        wholeGroup ||
        searchable(item.label).includes(query) ||
        String(item.value).startsWith(query),
    );
    const kept = items.slice(0, limit - shown);
    if (kept.length > 0) {
      result.push({ group: option.group, items: kept });
      shown += kept.length;
    }
  }
  return result;
};

/** Options rendered at most: enough to scroll a province, few enough to stay fast on a phone. */
export const REGION_OPTION_LIMIT = 60;
