import { getDirectory } from '../../data/directory.ts';
import { searchIndexOf } from './build-index.ts';
import type { SearchIndexFile } from './record.ts';

let searchIndex: Promise<SearchIndexFile> | undefined;

/** This build's search index, made once from the same directory as every page. */
export function getSearchIndex(): Promise<SearchIndexFile> {
  searchIndex ??= getDirectory().then(searchIndexOf);
  return searchIndex;
}
