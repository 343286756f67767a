import { listingStatePages } from './content.ts';
import { walkEveryPage } from './walk.ts';

// The staff build (dist-staff/): axe on every page type and listing state, and a fixed sample (see walk.ts).
walkEveryPage('dist-staff', listingStatePages('staff'));
