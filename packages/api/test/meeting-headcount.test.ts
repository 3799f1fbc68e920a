import { beforeAll, describe, expect, it } from 'vitest';
import { loadNotulen } from '../src/notulen/notulen-data';
import { useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { refusedWithoutEffect } from './support/refusal-check';

// Issue 18: a meeting keeps about how many came; a training also its quota and the number trained.

const api = useTestApi();
let hostId: string;

beforeAll(async () => {
  hostId = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
});

async function eventsOf(id: string) {
  return api.database.db
    .selectFrom('events')
    .select(['eventType', 'payload'])
    .where('aggregateId', '=', id)
    .orderBy('id')
    .execute();
}

describe('a meeting headcount and a training quota', () => {
  it('are stored, returned and on the events; unknown stays null', async () => {
    const plain = await api.caller().meetings.create(meetingInput(hostId));
    expect(plain).toMatchObject({ headcount: null, trainingQuota: null, trainedCount: null });

    const training = await api.caller().meetings.create(
      meetingInput(hostId, {
        type: 'pelatihan',
        title: 'Pelatihan Digital Talent',
        headcount: 120,
        trainingQuota: 10_000,
        trainedCount: 112,
      }),
    );
    expect(training).toMatchObject({ headcount: 120, trainingQuota: 10_000, trainedCount: 112 });
    const [logged] = await eventsOf(training.id);
    expect(logged?.payload).toMatchObject({ headcount: 120, trainingQuota: 10_000, trainedCount: 112 });

    // The quota may be exceeded: more trained than planned is a good day, not an error.
    const updated = await api.caller().meetings.update({
      ...meetingInput(hostId, { type: 'pelatihan', title: 'Pelatihan Digital Talent' }),
      id: training.id,
      version: training.version,
      headcount: 120,
      trainingQuota: 100,
      trainedCount: 112,
    });
    expect(updated).toMatchObject({ trainingQuota: 100, trainedCount: 112 });
    const update = (await eventsOf(training.id)).find((e) => e.eventType === 'MeetingUpdated');
    expect(update?.payload).toMatchObject({ changes: {} });
    expect((update?.payload as { changes: object } | undefined)?.changes).toEqual({
      trainingQuota: { from: 10_000, to: 100 },
    });
  });

  it('the minutes say how many came and, for a training, how many were trained', async () => {
    const training = await api
      .caller()
      .meetings.create(
        meetingInput(hostId, { type: 'pelatihan', headcount: 55, trainingQuota: 10_000, trainedCount: 112 }),
      );
    const { fields } = await loadNotulen(api.context(), training.id);
    expect(fields).toEqual(
      expect.arrayContaining([
        { label: 'Jumlah Peserta', value: 'Sekitar 55 orang' },
        { label: 'Peserta Terlatih', value: '112 dari kuota 10.000' },
      ]),
    );
    const plain = await api.caller().meetings.create(meetingInput(hostId));
    const labels = (await loadNotulen(api.context(), plain.id)).fields.map((f) => f.label);
    expect(labels).not.toContain('Jumlah Peserta');
  });

  it('refuses a negative or fractional count naming the field, writing nothing', async () => {
    for (const [field, value] of [
      ['headcount', -1],
      ['trainingQuota', 2.5],
      ['trainedCount', -3],
    ] as const) {
      const call = () => api.caller().meetings.create(meetingInput(hostId, { [field]: value }));
      await refusedWithoutEffect(api.database.db, call, 'BAD_REQUEST');
      await expect(call()).rejects.toMatchObject({
        cause: { issues: [expect.objectContaining({ path: [field], message: 'countInvalid' })] },
      });
    }
  });
});
