// Its own styles: the quick sign-in page loads this file (and these) only on a demo server.
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Table.css';
import { Button, Stack, Table, Text, Title } from '@mantine/core';
import type { Role } from '@tindak/shared';

/** A demo account as `auth.me` lists it on a server with demo data. */
export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  label: string;
}

/** The words of the demo-account list, in the page's language (the two sign-in pages get them differently). */
export interface DemoAccountWords {
  title: string;
  lead: string;
  role: (role: DemoAccount['role']) => string;
  useAccount: (label: string) => string;
  useThisAccount: string;
}

/** On a demo server: each account with its password, and a button that fills the form with it. */
export function DemoAccounts({
  accounts,
  words,
  onUse,
}: {
  accounts: readonly DemoAccount[];
  words: DemoAccountWords;
  onUse: (account: DemoAccount) => void;
}) {
  if (accounts.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {words.title}
      </Title>
      <Text size="sm" c="dimmed">
        {words.lead}
      </Text>
      <Table.ScrollContainer minWidth={280}>
        <Table verticalSpacing={4} fz="sm">
          <Table.Tbody>
            {accounts.map((account) => (
              <Table.Tr key={account.email}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {words.role(account.role)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {account.label}
                  </Text>
                  {/* Long addresses wrap, so the button stays on screen at 360 px. */}
                  <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                    {account.email} · {account.password}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="light"
                    aria-label={words.useAccount(account.label)}
                    onClick={() => onUse(account)}
                  >
                    {words.useThisAccount}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
