// The quick page has no Mantine at all: on a demo server this file brings what the table needs,
// the base sheet, the variables and each component's styles (demo-accounts.tsx adds the table's).
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Title.css';
import { MantineProvider } from '@mantine/core';
import { type Language, roleLabel } from '@tindak/shared';
import { baseTheme, cssVariablesResolver } from '../../theme-base';
import { type DemoAccount, DemoAccounts } from '../demo-accounts';
import type { QuickWords } from './quick-words';

/**
 * The demo-account table on the quick sign-in page, loaded only when the server lists demo
 * accounts (real servers never do), with its own MantineProvider: the page around it is plain.
 */
export function QuickDemoAccounts({
  accounts,
  lang,
  words,
  onUse,
}: {
  accounts: readonly DemoAccount[];
  lang: Language;
  words: QuickWords['demo'];
  onUse: (account: DemoAccount) => void;
}) {
  return (
    <MantineProvider theme={baseTheme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DemoAccounts
        accounts={accounts}
        words={{ ...words, role: (role) => roleLabel(role, lang) }}
        onUse={onUse}
      />
    </MantineProvider>
  );
}
