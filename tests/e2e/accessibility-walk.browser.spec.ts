import { listingStatePages } from './content.ts';
import { walkEveryPage } from './walk.ts';

// The public build (dist/): axe on every page type and listing state, and a fixed sample (see walk.ts).
walkEveryPage('dist', listingStatePages('public'));
