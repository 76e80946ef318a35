// Storybook 10 (web-components-vite, Vite 8) for the stories in stories/*.stories.ts.
// The esbuild pre-transform: Vite 8 transforms TypeScript with Oxc, which lowers only legacy
// decorators (toolchain.md, pitfall 11). Our sources use no decorators, but sending every src/
// and stories/ file through esbuild (target es2022, as tsc and wtr do) keeps class fields,
// `declare` and `override` compiled the same way in Storybook as in the build and the tests.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

/** Our own TypeScript folders (not node_modules). */
const ours = ['../src/', '../stories/'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: async (vite) => {
    vite.plugins ??= [];
    vite.plugins.unshift({
      name: 'applykit-esbuild-ts',
      enforce: 'pre',
      async transform(code: string, id: string) {
        if (!id.endsWith('.ts') || !ours.some((dir) => id.startsWith(dir))) return null;
        const out = await transform(code, {
          loader: 'ts',
          target: 'es2022',
          sourcefile: id,
          sourcemap: true,
        });
        // package.json's "sideEffects" lists only dist/ files, so the bundler would drop the
        // stories' `import '../src/…/define.js'` (the registration) as unused: keep them.
        return { code: out.code, map: out.map, moduleSideEffects: true };
      },
    });
    return vite;
  },
};
export default config;
