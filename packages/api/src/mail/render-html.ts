import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/**
 * The HTML of a mail element, as react-email's render() writes it (the XHTML doctype, then the
 * markup), rendered with React's static renderer: the one React documents for non-interactive HTML
 * such as email. render() streams through a Suspense boundary and imports react-dom/server anew on
 * every call; our templates are synchronous, and for the weekly digest (20,000 renders in a run)
 * that machinery was a sixth of the worker's time.
 */
export function renderMailHtml(element: ReactElement): string {
  return `${DOCTYPE}${renderToStaticMarkup(element)}`;
}

/** The markup of an element inside a mail (no doctype): a piece of one (./pieces). */
export function renderFragmentHtml(element: ReactElement): string {
  return renderToStaticMarkup(element);
}

const DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';
