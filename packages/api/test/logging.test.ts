import { describe, expect, it } from 'vitest';
import { loggerOptions, readyMessage } from '../src/logging';

describe('logging', () => {
  it('is readable in a terminal and JSON lines otherwise', () => {
    expect(loggerOptions('info', true)).toMatchObject({
      level: 'info',
      transport: { target: 'pino-pretty', options: { singleLine: true } },
    });
    expect(loggerOptions('debug', false)).toEqual({ level: 'debug' });
  });

  it('says where the app is ready and, with demo data, where the demo accounts are', () => {
    expect(readyMessage('http://localhost:3000/', false)).toBe('Tindak siap di http://localhost:3000');
    expect(readyMessage('http://localhost:3000', true)).toBe(
      'Tindak siap di http://localhost:3000 · akun demo tercantum di halaman masuk (demo accounts are listed on the sign-in page)',
    );
  });
});
