/** x-codegen's package metadata: license, copyright, keywords, repository, homepage. */
import type { PackageMeta } from './types.js';

export function packageMetaOf(codegen: any, fail: (key: string, message: string) => never): PackageMeta {
  const text = (key: string): string | undefined => {
    const value = codegen[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '') fail(key, 'must be a non-empty string');
    return value.trim();
  };
  const license = text('license');
  const copyright = text('copyright');
  if (license !== undefined && !/^[A-Za-z0-9.+-]+$/.test(license)) fail('license', `"${license}" is not an SPDX license identifier (e.g. MIT)`);
  if (license !== undefined && copyright === undefined) fail('license', 'a license needs x-codegen.copyright (the holder named in the LICENSE file)');
  const keywords = codegen.keywords ?? [];
  if (!Array.isArray(keywords) || keywords.some((k) => typeof k !== 'string' || k.trim() === '')) fail('keywords', 'must be a list of non-empty strings');
  let repository: PackageMeta['repository'];
  if (codegen.repository !== undefined) {
    const r = codegen.repository;
    if (typeof r !== 'object' || r === null || typeof r.url !== 'string' || !/^(git\+)?(https|ssh|git):\/\//.test(r.url)) fail('repository', 'must be { url: git URL (https://…, git+https://…), directory?: the package folder }');
    if (r.directory !== undefined && typeof r.directory !== 'string') fail('repository', 'directory must be a string');
    repository = { type: 'git', url: r.url, ...(r.directory ? { directory: r.directory } : {}) };
  }
  const homepage = text('homepage');
  return { license, copyright, keywords: keywords.map((k: string) => k.trim()), repository, homepage };
}
