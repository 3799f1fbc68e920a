import { createDocumentThreads } from './src/documents/document-threads';
const pool = createDocumentThreads({ heapMb: 48 });
const attendance = Array.from({ length: 20_000 }, (_, i) => ({ name: `Peserta ${i}`, position: 'Pranata Komputer', office: 'Diskominfo', note: null }));
const notulen = { fileBase: 'x', letterhead: { government: 'PEMERINTAH X', office: 'DINAS' }, title: 'Rapat', fields: [{ label: 'a', value: 'b' }], agenda: ['a'], attendance, minutes: '', decisions: [], proposals: [], commitments: [], followUps: [], signedAt: 'Jambi', chair: null, minuteTaker: null };
const t = performance.now();
try { console.log('big', (await pool.render({ kind: 'notulen-pdf', notulen })).length); } catch (e) { console.log('big failed', (e as Error).message, Math.round(performance.now() - t), 'ms', pool.stats()); }
console.log('small again', (await pool.render({ kind: 'csv', sheet: { name: 'x', columns: [{ header: 'A', width: 1 }], rows: [['a']] } })).length, pool.stats());
await pool.close();
