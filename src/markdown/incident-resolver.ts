/**
 * Resolves `[[id]]` citations straight from content/incidents/<id>.yaml, re-reading a file only when
 * it changes, so the dev server picks up a new or renamed incident without a restart. Files are read
 * with the checks' fast YAML reader (most records are plain), falling back to `yaml` for the rest.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readPlainYaml } from '../content-checks/yaml-plain-reader.ts';
import { normalizePartialDateInput } from '../lib/partial-date.ts';
import type { IncidentLinkTarget } from './remark-incident-links.ts';

export function createIncidentResolver(contentRoot: string): (id: string) => IncidentLinkTarget | undefined {
  const cache = new Map<string, { mtimeMs: number; target: IncidentLinkTarget | undefined }>();
  return (id) => {
    if (!/^[a-z0-9-]+$/.test(id)) return undefined;
    const file = path.join(contentRoot, 'incidents', `${id}.yaml`);
    if (!existsSync(file)) return undefined;
    const { mtimeMs } = statSync(file);
    const cached = cache.get(id);
    if (cached && cached.mtimeMs === mtimeMs) return cached.target;
    let target: IncidentLinkTarget | undefined;
    try {
      const text = readFileSync(file, 'utf8');
      const data = (readPlainYaml(text)?.data ?? parse(text)) as {
        title?: unknown;
        dates?: { start?: unknown };
      } | null;
      const start = normalizePartialDateInput(data?.dates?.start);
      if (typeof data?.title === 'string' && typeof start === 'string') target = { title: data.title, start };
    } catch {
      // A broken file is reported by the integrity checks with its line; here it just does not resolve.
      target = undefined;
    }
    cache.set(id, { mtimeMs, target });
    return target;
  };
}
