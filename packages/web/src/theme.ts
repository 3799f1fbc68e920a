import { Autocomplete, Badge, createTheme, MultiSelect, mergeThemeOverrides, Select } from '@mantine/core';
import { baseTheme } from './theme-base';

export { cssVariablesResolver } from './theme-base';

/** Badge text is never below 12 px (Mantine's xs-md are 9-11 px), the badge a little taller to fit it. */
const badgeSizes: Record<string, { fz: string; height: string }> = {
  xs: { fz: '0.75rem', height: '1.125rem' },
  sm: { fz: '0.75rem', height: '1.25rem' },
  md: { fz: '0.75rem', height: '1.375rem' },
};

const instantList = { transitionProps: { duration: 0 } };

export const theme = mergeThemeOverrides(
  baseTheme,
  createTheme({
    components: {
      Badge: Badge.extend({
        vars: (_theme, { size = 'md' }) => {
          const fixed = typeof size === 'string' ? badgeSizes[size] : undefined;
          return { root: fixed ? { '--badge-fz': fixed.fz, '--badge-height': fixed.height } : {} };
        },
      }),
      // Option lists open and close at once: on a slow phone a fade is only lag, and a list still
      // fading out stays in the page, where its options can be tapped (or found) by mistake.
      Select: Select.extend({ defaultProps: { comboboxProps: instantList } }),
      MultiSelect: MultiSelect.extend({ defaultProps: { comboboxProps: instantList } }),
      Autocomplete: Autocomplete.extend({ defaultProps: { comboboxProps: instantList } }),
    },
  }),
);
