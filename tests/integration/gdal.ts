import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

// GDAL's command-line tools (Debian's gdal-bin, installed by .ci/run) as a desktop GIS would use them.

const run = promisify(execFile);

export async function gdal(tool: 'ogrinfo' | 'ogr2ogr', args: string[], env: Record<string, string> = {}) {
  const { stdout } = await run(tool, args, {
    env: { ...process.env, CPL_DEBUG: 'OFF', GDAL_HTTP_TIMEOUT: '60', ...env },
    maxBuffer: 64 * 2 ** 20,
    timeout: 120_000,
  });
  return stdout;
}

/** The attributes of the rows of an SQL query on a dataset, read by GDAL (written as GeoJSON to stdout). */
export async function gdalRows(dataset: string, query: string, env: Record<string, string> = {}) {
  const json = await gdal('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', dataset, '-sql', query], env);
  return (JSON.parse(json) as { features: { properties: Record<string, unknown> }[] }).features.map(
    (f) => f.properties,
  );
}
