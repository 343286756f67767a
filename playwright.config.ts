import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { LOCAL_BACKEND_PORTS } from './src/outputs/cms/config.ts';

// Playwright can't download its own browser here, so it drives Debian's Chromium.
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(`No Chromium found at ${executablePath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`);
}

const port = 4322;
const staffPort = 4323;
/** Test-only login for the staff server; the staff tests sign in with it. */
export const STAFF_LOGIN = { username: 'test-coordinator', password: 'only-for-the-browser-tests' };
const STAFF_SPECS = /staff\.browser\.spec\.ts$/;
const CMS_SPECS = /cms\.browser\.spec\.ts$/;
const STAFF_CMS_SPECS = /staff-cms\.browser\.spec\.ts$/;
/** The throwaway git repository the CMS tests edit through decap-server (npm run cms -- --sandbox). */
export const CMS_SANDBOX = join(tmpdir(), 'directory-cms-sandbox');
/** The same for the staff admin, which has its own backend (and, for a real area, its own repository). */
export const STAFF_CMS_SANDBOX = join(tmpdir(), 'directory-staff-cms-sandbox');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // axe on the search page's full no-JavaScript list (every listing as a card) takes over 30 s when both cores are busy.
  timeout: 90_000,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
    },
  },
  projects: [
    { name: 'public', testIgnore: [STAFF_SPECS, CMS_SPECS], use: { baseURL: `http://127.0.0.1:${port}` } },
    // The public admin on the public build, saving through decap-server into a sandbox repository.
    { name: 'cms', testMatch: CMS_SPECS, testIgnore: STAFF_CMS_SPECS, use: { baseURL: `http://127.0.0.1:${port}` } },
    // The staff admin on the staff build, behind its login, saving into its own sandbox.
    { name: 'staff-cms', testMatch: STAFF_CMS_SPECS, use: { baseURL: `http://127.0.0.1:${staffPort}`, httpCredentials: STAFF_LOGIN } },
    // The staff build, served the way it is meant to be: behind the login (npm run serve:staff).
    { name: 'staff', testMatch: STAFF_SPECS, use: { baseURL: `http://127.0.0.1:${staffPort}`, httpCredentials: STAFF_LOGIN } },
  ],
  webServer: [
    {
      // decap-server in git mode over a fresh copy of the content (the public admin's local backend).
      command: `node scripts/cms.ts --sandbox ${CMS_SANDBOX} --no-site`,
      port: LOCAL_BACKEND_PORTS.public,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The staff admin's local backend, over its own copy.
      command: `node scripts/cms.ts --staff --sandbox ${STAFF_CMS_SANDBOX} --no-site`,
      port: LOCAL_BACKEND_PORTS.staff,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Serves the public build in dist/ (npm test builds it first).
      command: `node scripts/serve.ts dist ${port}`,
      port,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      // Serves the staff build in dist-staff/ behind basic authentication (npm test builds it first).
      command: `node scripts/serve-staff.ts dist-staff ${staffPort}`,
      env: { STAFF_USERNAME: STAFF_LOGIN.username, STAFF_PASSWORD: STAFF_LOGIN.password },
      port: staffPort,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
