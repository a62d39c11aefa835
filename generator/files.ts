/** Every file below a folder, as sorted paths relative to it; a missing folder has none. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export async function listFiles(dir: string, skipDir: (name: string) => boolean = () => false, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isDirectory()) {
      if (!skipDir(e.name)) out.push(...(await listFiles(dir, skipDir, `${prefix}${e.name}/`)));
    } else {
      out.push(prefix + e.name);
    }
  }
  return out;
}
