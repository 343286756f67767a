// Starts Decap CMS on /admin/ with the configuration the build embedded in the page (made from the
// schemas: src/outputs/cms/). Only /admin/ loads this script, and with it the CMS.
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
  }
}

async function start(text: string): Promise<void> {
  const config: unknown = JSON.parse(text);
  // Set before the CMS module runs, so it waits for our configuration instead of fetching config.yml.
  window.CMS_MANUAL_INIT = true;
  const { default: CMS } = await import('decap-cms-app');
  document.getElementById('cms-loading')?.remove();
  CMS.init({ config: config as Parameters<typeof CMS.init>[0] extends { config?: infer C } ? C : never });
}

const element = document.getElementById('cms-config');
if (element?.textContent) void start(element.textContent);

export {};
