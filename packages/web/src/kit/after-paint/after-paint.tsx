import { type ComponentProps, lazy, Suspense } from 'react';

// React starts fetching each of these when it is first rendered, i.e. with the shell's first paint.
const load = () => import('./mantine-after-paint');
const LazyDrawer = lazy(() => load().then((m) => ({ default: m.Drawer })));
const LazyNotifications = lazy(() => load().then((m) => ({ default: m.Notifications })));

/** Mantine's Drawer, fetched after the first paint; nothing is drawn until it is here (it opens on a tap). */
export function Drawer(props: ComponentProps<typeof LazyDrawer>) {
  return (
    <Suspense fallback={null}>
      <LazyDrawer {...props} />
    </Suspense>
  );
}

/** The toasts' container, fetched after the first paint; toasts shown before it is here wait in its store. */
export function Notifications(props: ComponentProps<typeof LazyNotifications>) {
  return (
    <Suspense fallback={null}>
      <LazyNotifications {...props} />
    </Suspense>
  );
}

export { load as loadAfterPaint };
