/** Output of `git log` with getGitLogArgs(): a content fix and a template-only commit. */
export const GIT_LOG_SAMPLE = [
  '\x1ebbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\x1f2026-11-24T23:30:00-05:00\x1fFix Ronin figures',
  '',
  'M\tcontent/incidents/2022-03-ronin-bridge.yaml',
  'D\tcontent/incidents/2099-01-gone.yaml',
  '\x1eaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\x1f2026-11-20T10:00:00+00:00\x1fTemplate tweak',
  '',
  'M\tcontent/incidents/_template.yaml',
  '',
].join('\n');
