// Node's built-in modules that `explain` needs only on some paths, loaded when first used. Each is
// compiled from Node's own source on its first import (worker_threads, fs/promises and readline
// together ~5 ms of a one-file explain, which starts no worker, walks no folder and reads no list).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const workerThreads = (): typeof import('node:worker_threads') => require('node:worker_threads') as typeof import('node:worker_threads');
export const fsPromises = (): typeof import('node:fs/promises') => require('node:fs/promises') as typeof import('node:fs/promises');
export const readline = (): typeof import('node:readline') => require('node:readline') as typeof import('node:readline');
