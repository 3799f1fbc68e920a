// Starts a job thread (thread.ts). A worker thread does not inherit the TypeScript loader the
// process was started with (`tsx`); tsx's require hook works within the thread (with no
// loader thread of its own, unlike module.register). It reads this package's tsconfig (JSX
// settings), whatever the working directory: in this thread only.
const path = require('node:path');
const { workerData } = require('node:worker_threads');

process.env.TSX_TSCONFIG_PATH = path.join(__dirname, '../../tsconfig.json');
require('tsx/cjs/api').register();
// Each kind loads only its own code. The API's document threads start here too, with no database.
const entries = {
  mail: './mail-thread.ts',
  digest: './digest-thread.ts',
  document: '../documents/document-thread.ts',
};
const entry = entries[workerData.kind];
if (!entry) throw new Error(`no thread of kind ${workerData.kind}`);
require(entry);
