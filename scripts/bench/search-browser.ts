// Bundled by esbuild for the benchmark page: the real engine plus the alternatives it is compared with.
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createSearchEngine } from '../../src/lib/search/engine.ts';

Object.assign(globalThis, { bench: { createSearchEngine, Fuse, MiniSearch } });
