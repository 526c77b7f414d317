/**
 * Builds the console's pages into one folder: `index.html`, `app.js` (src/main.ts and its modules,
 * bundled and minified by esbuild) and `app.css`. The console function serves that folder
 * (functions/console/pages.ts). Run where the pages are needed:
 *
 *   npx tsx functions/console/ui/build.ts OUT_DIR
 *
 * `npm start` and the tests build into the local data folder on start (infra/local/routes.ts); a
 * Lambda bundle needs it run into `<bundle>/console-ui` (an afterBundling hook). Files are written
 * to a temporary name and renamed, so a server reading the folder never sees half a file.
 */
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const UI_DIR = path.dirname(fileURLToPath(import.meta.url));

export async function buildConsoleUi(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: { app: path.join(UI_DIR, 'src', 'main.ts'), 'app-styles': path.join(UI_DIR, 'app.css') },
    bundle: true,
    format: 'esm',
    target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
    minify: true,
    write: false,
    outdir: outDir,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const written: string[] = [];
  const suffix = `.${process.pid}.${Date.now()}.tmp`;
  for (const file of result.outputFiles) {
    // esbuild names the stylesheet after its entry; the shell links app.css.
    const name = path.basename(file.path).replace(/^app-styles\.css$/, 'app.css');
    const target = path.join(outDir, name);
    await writeFile(target + suffix, file.contents);
    await rename(target + suffix, target);
    written.push(name);
  }
  const shell = path.join(outDir, 'index.html');
  await copyFile(path.join(UI_DIR, 'index.html'), shell + suffix);
  await rename(shell + suffix, shell);
  written.push('index.html');
  return written.sort();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const outDir = process.argv[2];
  if (!outDir) {
    process.stderr.write('usage: tsx functions/console/ui/build.ts OUT_DIR\n');
    process.exit(2);
  }
  const files = await buildConsoleUi(path.resolve(outDir));
  process.stdout.write(`console pages built into ${outDir}: ${files.join(', ')}\n`);
}
