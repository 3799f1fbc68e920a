import { useRef, useState } from 'react';

/**
 * A part of the page opened by a button (an inline form): closing it gives focus back to the button
 * that opened it, so keyboard and screen-reader users stay where they were.
 */
export function useOpenWithFocus() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return {
    open,
    buttonRef,
    show: () => setOpen(true),
    close: () => {
      setOpen(false);
      requestAnimationFrame(() => buttonRef.current?.focus());
    },
  };
}
