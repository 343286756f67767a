// Bundled by esbuild for the benchmark page: the real engine plus the alternatives it is compared with.
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createSearchEngine } from '../../src/lib/search/engine.ts';
import { recordText } from '../../src/lib/search/record.ts';

Object.assign(globalThis, { bench: { createSearchEngine, recordText, Fuse, MiniSearch } });
