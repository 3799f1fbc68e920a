import type { MeetingDetail, MeetingSummary, Organization, Region } from '@tindak/shared';

export const regions: Region[] = [
  { code: '15', name: 'Provinsi Jambi', kind: 'province', parentCode: null },
  { code: '15.01', name: 'Kabupaten Kerinci', kind: 'regency', parentCode: '15' },
  { code: '15.71', name: 'Kota Jambi', kind: 'city', parentCode: '15' },
];

export const diskominfoJambi: Organization = {
  id: '0b9f3f7e-4a53-4c49-9f0e-1c1f5b2a0001',
  name: 'Dinas Komunikasi dan Informatika Provinsi Jambi',
  shortName: 'Diskominfo Prov. Jambi',
  kind: 'diskominfo',
  regionCode: '15',
  regionName: 'Provinsi Jambi',
};

export const komdigi: Organization = {
  id: '0b9f3f7e-4a53-4c49-9f0e-1c1f5b2a0002',
  name: 'Kementerian Komunikasi dan Digital',
  shortName: 'Komdigi',
  kind: 'ministry',
  regionCode: null,
  regionName: null,
};

export const organizations = [diskominfoJambi, komdigi];

/**
 * A regency office as the session names it (for `signedInAs`): its people read the province's
 * meetings they attended, and change only their own office's records.
 */
export const teboOffice = {
  id: '0b9f3f7e-4a53-4c49-9f0e-1c1f5b2a0009',
  name: 'Diskominfo Kabupaten Tebo',
  regionCode: '15.09',
};

export const rakornis: MeetingSummary = {
  id: '5d0c2d1e-8f7a-4b7e-9a51-3c2b1a000001',
  type: 'rakornis',
  title: 'Rakornis Kominfo 2025',
  // 09.00 WIB
  startsAt: '2025-11-03T02:00:00.000Z',
  endsAt: '2025-11-03T05:00:00.000Z',
  timeZone: 'Asia/Jakarta',
  place: 'Auditorium Rumah Dinas Gubernur Jambi',
  onlineUrl: null,
  host: { id: diskominfoJambi.id, name: diskominfoJambi.name },
  status: 'held',
  participantCount: 24,
  regions: [
    { code: '15', name: 'Provinsi Jambi' },
    { code: '15.01', name: 'Kabupaten Kerinci' },
  ],
};

export const audiensi: MeetingSummary = {
  ...rakornis,
  id: '5d0c2d1e-8f7a-4b7e-9a51-3c2b1a000002',
  type: 'audiensi',
  title: 'Audiensi Diskominfo Provinsi Jambi ke Komdigi',
  startsAt: '2026-02-09T02:00:00.000Z',
  endsAt: '2026-02-09T04:00:00.000Z',
  place: 'Kantor Komdigi, Jakarta',
  status: 'scheduled',
  participantCount: 12,
};

export function detailOf(summary: MeetingSummary, extra: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    ...summary,
    summary: 'Arahan Gubernur:\nNaikkan indeks SPBE.',
    statusReason: null,
    minutes: null,
    agenda: [],
    attachments: [],
    attendanceByRegion: [],
    // The host, Diskominfo Provinsi Jambi: changed by those whose scope covers the province.
    homeRegionCodes: [diskominfoJambi.regionCode],
    allowedActions: [],
    version: 1,
    createdAt: '2025-11-03T08:00:00.000Z',
    updatedAt: '2025-11-03T08:00:00.000Z',
    participants: [],
    history: [
      {
        id: 1,
        occurredAt: '2025-11-03T08:00:00.000Z',
        actorId: null,
        actorName: null,
        eventType: 'MeetingLogged',
        payload: {},
      },
    ],
    headcount: null,
    trainingQuota: null,
    trainedCount: null,
    ...extra,
  };
}
