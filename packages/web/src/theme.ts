import { type BadgeFactory, createTheme, mergeThemeOverrides, type PartialVarsResolver } from '@mantine/core';
import { baseTheme } from './theme-base';

export { cssVariablesResolver } from './theme-base';

/** Badge text is never below 12 px (Mantine's xs-md are 9-11 px), the badge a little taller to fit it. */
const badgeSizes: Record<string, { fz: string; height: string }> = {
  xs: { fz: '0.75rem', height: '1.125rem' },
  sm: { fz: '0.75rem', height: '1.25rem' },
  md: { fz: '0.75rem', height: '1.375rem' },
};

const badgeVars: PartialVarsResolver<BadgeFactory> = (_theme, { size = 'md' }) => {
  const fixed = typeof size === 'string' ? badgeSizes[size] : undefined;
  return { root: fixed ? { '--badge-fz': fixed.fz, '--badge-height': fixed.height } : {} };
};

const instantList = { transitionProps: { duration: 0 } };

export const theme = mergeThemeOverrides(
  baseTheme,
  createTheme({
    components: {
      // Plain settings rather than `Badge.extend` and `Select.extend`, which would load the
      // components (and Select's option list with its popover) into the shell for every page.
      Badge: { vars: badgeVars },
      // Option lists open and close at once: on a slow phone a fade is only lag, and a list still
      // fading out stays in the page, where its options can be tapped (or found) by mistake.
      Select: { defaultProps: { comboboxProps: instantList } },
      MultiSelect: { defaultProps: { comboboxProps: instantList } },
      Autocomplete: { defaultProps: { comboboxProps: instantList } },
    },
  }),
);
