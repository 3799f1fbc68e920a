import { createDocumentThreads } from './src/documents/document-threads';
const heapMb = Number(process.argv[2]);
const pool = createDocumentThreads({ heapMb });
const small = { name: 'x', columns: [{ header: 'A', width: 1 }], rows: [['a']] };
const big = { name: 'x', columns: [{ header: 'A', width: 1 }, { header: 'B', width: 1 }], rows: Array.from({ length: Number(process.argv[3] ?? 100_000) }, (_, i) => [`baris ${i} `.repeat(10), i]) };
console.log('small', (await pool.render({ kind: 'csv', sheet: small })).length, pool.stats());
try { console.log('big', (await pool.render({ kind: 'xlsx', sheet: big })).length); } catch (e) { console.log('big failed', (e as Error).message, (e as any).code); }
console.log(pool.stats());
console.log('small again', (await pool.render({ kind: 'csv', sheet: small })).length, pool.stats());
await pool.close();
