import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { getDirectory } from '../../data/directory.ts';

/** Only the photos of listings this build shows (src/data/build-directory.ts), under names made from their bytes. */
export async function getStaticPaths() {
  const { files } = await getDirectory();
  return files.map((file) => ({ params: { file: file.url.replace(/^\/photos\//, '') }, props: { absolute: file.absolute } }));
}

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { absolute: string }).absolute));
