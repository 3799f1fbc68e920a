import { execFileSync } from 'node:child_process';

/**
 * poppler-utils (pdftotext, pdftoppm) read the generated minutes back. Installed on the spot when
 * missing and we may (root), as the browser tests do with Chromium, so a fresh machine runs the suite.
 */
export function ensurePoppler(): void {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return;
  } catch {
    // not installed
  }
  if (process.getuid?.() !== 0) {
    throw new Error("pdftoppm is missing: install Debian's package (apt-get install poppler-utils).");
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit', env });
}
