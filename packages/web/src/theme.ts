import {
  Autocomplete,
  Badge,
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
  MultiSelect,
  Select,
  Table,
} from '@mantine/core';
import './touch-targets.css';

/** Badge text is never below 12 px (Mantine's xs-md are 9-11 px), the badge a little taller to fit it. */
const badgeSizes: Record<string, { fz: string; height: string }> = {
  xs: { fz: '0.75rem', height: '1.125rem' },
  sm: { fz: '0.75rem', height: '1.25rem' },
  md: { fz: '0.75rem', height: '1.375rem' },
};

/** The palette with shade 9 darkened: light badges and outlines use it as text, and Mantine's own fails 4.5:1. */
function withDarkText(name: keyof typeof DEFAULT_THEME.colors, shade9: string): MantineColorsTuple {
  const [s0, s1, s2, s3, s4, s5, s6, s7, s8] = DEFAULT_THEME.colors[name] as MantineColorsTuple;
  return [s0, s1, s2, s3, s4, s5, s6, s7, s8, shade9];
}

const instantList = { transitionProps: { duration: 0 } };

export const theme = createTheme({
  primaryColor: 'indigo',
  // Filled, outline and text colours use the darkest shade so every colour (teal, lime, orange...)
  // keeps 4.5:1 against white (WCAG AA); autoContrast puts dark text on the light ones when filled.
  primaryShade: { light: 9, dark: 8 },
  autoContrast: true,
  colors: {
    teal: withDarkText('teal', '#06694b'),
    green: withDarkText('green', '#1f6b2a'),
    lime: withDarkText('lime', '#4a6608'),
    yellow: withDarkText('yellow', '#7a5200'),
    orange: withDarkText('orange', '#a34700'),
  },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
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
    // A table wider than a phone scrolls sideways; keyboard users reach the scroll area with Tab.
    TableScrollContainer: Table.ScrollContainer.extend({
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    }),
  },
});

/**
 * "Dimmed" text is gray 6 by default (3.3:1 on white) and placeholders gray 5: gray 7 and a
 * grey between 6 and 7 (4.9:1) pass WCAG AA for small text, the placeholder still lighter than a value.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': '#6b7178',
  },
  dark: {},
});
