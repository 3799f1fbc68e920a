// Starts the mail thread (mail-thread.ts). A worker thread does not inherit the TypeScript loader
// the process was started with (`tsx`, Node 20); tsx's require hook works within the thread
// (no loader thread of its own, unlike module.register).
require('tsx/cjs/api').register();
require('./mail-thread.ts');
