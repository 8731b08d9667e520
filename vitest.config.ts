import { playwright } from '@vitest/browser-playwright';
import { defineConfig, mergeConfig } from 'vitest/config';
import { layoutInNode } from './tests/helpers/layout-in-node.ts';
import shared from './vite.config.ts';

/** Flags that let Debian's Chromium run headless here without reaching for the network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            testTimeout: 30_000,
            environment: 'node',
            include: ['tests/**/*.test.ts'],
            exclude: ['tests/browser/**', 'tests/consumer/**', 'tests/storybook/**'],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            testTimeout: 60_000,
            // Bundled up front: found mid-run, Vite would re-optimise and reload the page under a test.
            deps: { optimizer: { client: { include: ['react-dom/server'] } } },
            include: ['tests/browser/**/*.test.{ts,tsx}'],
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({
                launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
              }),
              instances: [{ browser: 'chromium', viewport: { width: 1280, height: 800 } }],
              // Runs in Node: lets a browser test compare its layout JSON with Node's byte for byte.
              commands: { layoutInNode },
            },
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/consumer/**/*.test.ts', 'tests/storybook/**/*.test.ts'],
            testTimeout: 300_000,
            hookTimeout: 300_000,
          },
        },
      ],
    },
  }),
);
