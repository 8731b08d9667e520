import { builtinModules } from 'node:module';
import { defineConfig, mergeConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };
import shared from './vite.config.ts';

const external = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
  ...builtinModules,
].map((name) => new RegExp(`^(node:)?${name.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&')}(/.*)?$`));

/** The library build: ESM entries for the public API and the CLI, plus one stylesheet. */
export default mergeConfig(
  shared,
  defineConfig({
    // Relative asset URLs: the elk worker chunk is referenced as new URL('./assets/…', import.meta.url),
    // which the consumer's bundler resolves next to our module; an absolute '/assets/' would not.
    base: './',
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      lib: {
        entry: {
          index: 'src/index.ts',
          react: 'src/react/index.ts',
          schema: 'src/schema/index.ts',
          catalog: 'src/catalog/index.ts',
          cli: 'src/cli/main.ts',
        },
        formats: ['es'],
        cssFileName: 'style',
      },
      rolldownOptions: {
        external,
        output: {
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
          codeSplitting: {
            groups: [
              {
                // What the React view needs up front: kinds, error shapes, the layout hash and text
                // metrics. In their own chunk, they do not tie the view to the chunks holding the
                // validator (zod, yaml) and the layout pipeline, which it loads on demand.
                name: 'core',
                test: /src[\\/](schema[\\/](kinds|errors|limits|safe-url)|layout[\\/](layout-key|hash|edge-ids|node-metrics|text-metrics|font-metrics|card-metrics))\.ts$/,
              },
            ],
          },
        },
      },
    },
  }),
);
