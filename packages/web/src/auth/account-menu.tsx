import { Menu } from '@mantine/core';
import type { ReactElement } from 'react';
import { Link } from 'react-router';

export interface AccountMenuProps {
  /** The header's button (name, role, office) that opens the list. */
  target: ReactElement;
  /** Open at once: the button was tapped before this file was here. */
  defaultOpened: boolean;
  links: { to: string; label: string }[];
  signOutLabel: string;
  signingOut: boolean;
  onSignOut: () => void;
}

/** The account menu's list in the header, in a file of its own (user-menu.tsx loads it after the first paint). */
export function AccountMenu({
  target,
  defaultOpened,
  links,
  signOutLabel,
  signingOut,
  onSignOut,
}: AccountMenuProps) {
  return (
    <Menu position="bottom-end" withinPortal defaultOpened={defaultOpened}>
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>
        {links.map((link) => (
          <Menu.Item key={link.to} component={Link} to={link.to}>
            {link.label}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={onSignOut} disabled={signingOut}>
          {signOutLabel}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
