import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

function isOnline(): boolean {
  return navigator.onLine;
}

// The server render (none today) and non-browser tests have no network to lose: assume online.
function isOnlineOnServer(): boolean {
  return true;
}

/**
 * Whether the browser believes it has a network. `navigator.onLine === false` is reliable (no
 * interface at all); `true` can still mean a captive portal, so callers that need certainty must
 * still handle failed requests.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, isOnlineOnServer);
}
