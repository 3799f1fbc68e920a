// Starts a job thread (thread.ts). A worker thread does not inherit the TypeScript loader the
// process was started with (`tsx`); tsx's require hook works within the thread (with no
// loader thread of its own, unlike module.register). It reads this package's tsconfig (JSX
// settings), whatever the working directory: in this thread only.
const path = require('node:path');

process.env.TSX_TSCONFIG_PATH = path.join(__dirname, '../../tsconfig.json');
require('tsx/cjs/api').register();
require('./thread.ts');
