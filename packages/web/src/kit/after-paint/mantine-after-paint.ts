// Mantine components the shell draws only after its first paint (the menu drawer on phones, the
// list of pending changes, the toasts): a file of their own, fetched as soon as the shell is drawn
// (after-paint.tsx), so their code (focus traps, scroll locks, transitions) is not in the shell's
// first load. Their sheets are in mantine-shell-styles.ts (test/mantine-shell-styles.test.ts).
export { Drawer } from '@mantine/core';
export { Notifications } from '@mantine/notifications';
