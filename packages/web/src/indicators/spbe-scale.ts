import type { Band } from '@tindak/shared';

/**
 * The SPBE maturity scale (PermenPANRB 59/2020 on SPBE monitoring and evaluation): index 1–5 in five
 * predicates. Data, not words: these labels are the regulation's own and stay Indonesian in English.
 */
export const spbeScale: { scaleMin: number; scaleMax: number; bands: Band[]; bandsSource: string } = {
  scaleMin: 1,
  scaleMax: 5,
  bands: [
    { from: 1, to: 1.8, label: 'Kurang', tone: 'bad' },
    { from: 1.8, to: 2.6, label: 'Cukup', tone: 'weak' },
    { from: 2.6, to: 3.5, label: 'Baik', tone: 'fair' },
    { from: 3.5, to: 4.2, label: 'Sangat Baik', tone: 'good' },
    { from: 4.2, to: 5, label: 'Memuaskan', tone: 'best' },
  ],
  bandsSource: 'Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE',
};
