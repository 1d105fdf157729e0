// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://banshi.yunxi.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
