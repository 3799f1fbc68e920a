import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
} from '@mantine/core';
import './touch-targets.css';

/** The palette with shade 9 darkened: light badges and outlines use it as text, and Mantine's own fails 4.5:1. */
function withDarkText(name: keyof typeof DEFAULT_THEME.colors, shade9: string): MantineColorsTuple {
  const [s0, s1, s2, s3, s4, s5, s6, s7, s8] = DEFAULT_THEME.colors[name] as MantineColorsTuple;
  return [s0, s1, s2, s3, s4, s5, s6, s7, s8, shade9];
}

/**
 * The look every page shares, with only the components the sign-in page draws: the quick sign-in
 * (auth/quick) uses it without loading Select and the other pickers; theme.ts adds those.
 */
export const baseTheme = createTheme({
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
    // A table wider than a phone scrolls sideways; keyboard users reach the scroll area with Tab.
    // (Plain settings rather than `Table.ScrollContainer.extend`, which would load the table here.)
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
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
