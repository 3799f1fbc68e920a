import { describe, expect, it } from 'vitest';
import { plainSnippet } from '../src/services/search-snippet';

describe('plainSnippet', () => {
  it('drops markdown and keeps the words and the match marks', () => {
    expect(plainSnippet('**«Batas» waktu**: 31 Januari')).toBe('«Batas» waktu: 31 Januari');
    expect(plainSnippet('## Keputusan\n- satu\n2. dua\n> kutip')).toBe('Keputusan satu dua kutip');
    expect(plainSnippet('lihat [panduan](https://a.go.id/x_y) dan ~~lama~~')).toBe('lihat panduan dan lama');
    expect(plainSnippet('| Kab | Nilai |\n|---|---|')).toBe('Kab Nilai');
    expect(plainSnippet('nama_berkas tetap, _miring_ tidak')).toBe('nama_berkas tetap, miring tidak');
  });

  it('keeps markup-looking HTML as text (the web shows it as text, never as HTML)', () => {
    expect(plainSnippet('<img src=x onerror=alert(1)> «data»')).toBe('<img src=x onerror=alert(1)> «data»');
  });

  it('reads a long run of markers in one pass', () => {
    expect(plainSnippet(`${'*_['.repeat(100_000)}x`)).toBe('x');
  });
});
