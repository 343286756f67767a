// Bundled by esbuild for the benchmark page: the real engine plus the alternatives it is compared with.
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { createSearchEngine } from '../../src/outputs/search/engine.ts';
import { fromWire, recordText } from '../../src/outputs/search/record.ts';

Object.assign(globalThis, { bench: { createSearchEngine, fromWire, recordText, Fuse, MiniSearch } });
