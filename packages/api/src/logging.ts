import type { LoggerOptions } from 'pino';

/**
 * The process's log: readable lines (pino-pretty, one line per entry) when a person watches the
 * terminal, JSON lines otherwise, for whatever collects them. Routine work (each finished job) is
 * logged at debug, so LOG_LEVEL=info shows start-up, problems and shutdown.
 */
export function loggerOptions(level: string, terminal = process.stdout.isTTY === true): LoggerOptions {
  if (!terminal) return { level };
  return {
    level,
    transport: {
      target: 'pino-pretty',
      options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true },
    },
  };
}

/** The line that says the app can be opened, and, with demo data, where the demo accounts are. */
/** The one line an empty installation prints: where to create its first admin. */
export function setupMessage(link: string): string {
  return `Belum ada akun. Buka tautan sekali pakai ini untuk menyiapkan Tindak (no account yet; open this one-time link to set up Tindak): ${link}`;
}

export function readyMessage(publicUrl: string, demoAccounts: boolean): string {
  const ready = `Tindak siap di ${publicUrl.replace(/\/$/, '')}`;
  return demoAccounts
    ? `${ready} · akun demo tercantum di halaman masuk (demo accounts are listed on the sign-in page)`
    : ready;
}
