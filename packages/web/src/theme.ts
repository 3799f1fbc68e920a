import { type CSSVariablesResolver, createTheme, Table } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Filled, outline and text colours use the darkest shade so every colour (teal, lime, orange...)
  // keeps 4.5:1 against white (WCAG AA); autoContrast puts dark text on the light ones when filled.
  primaryShade: { light: 9, dark: 8 },
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    // A table wider than a phone scrolls sideways; keyboard users reach the scroll area with Tab.
    TableScrollContainer: Table.ScrollContainer.extend({
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    }),
  },
});

/** "Dimmed" text is gray 6 by default (3.3:1 on white); gray 7 passes WCAG AA for small text. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
