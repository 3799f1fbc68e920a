import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';

const UPDATE_NOTICE_ID = 'tindak-new-version';

/**
 * The new worker takes over as soon as it is installed (vite.config.ts: `registerType: 'autoUpdate'`),
 * so the next load is always the new build; the open page keeps running the old code, and is told so
 * and offered a reload rather than reloaded under someone's half-typed form.
 */
function offerReload(i18n: I18n) {
  notifications.show({
    id: UPDATE_NOTICE_ID,
    title: i18n.t('offlineRead.updateTitle'),
    message: (
      <Button size="xs" variant="light" mt="xs" onClick={() => window.location.reload()}>
        {i18n.t('offlineRead.updateReload')}
      </Button>
    ),
    autoClose: false,
  });
}

export async function registerServiceWorker(i18n: I18n) {
  const { serviceWorker } = navigator;
  // The first install also takes control of the page; only a replacement means a new version.
  let controlled = serviceWorker.controller !== null;
  serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) offerReload(i18n);
    controlled = true;
  });
  const registration = await serviceWorker.register('/sw.js', { scope: '/' });
  // A tab left open for days asks for a new version whenever it is looked at again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
  });
}
