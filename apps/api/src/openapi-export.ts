import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { buildOpenApiDocument, loadConfig } from '@schakel/platform';
import { AppModule } from './app.module.js';

/**
 * Writes the OpenAPI document without a database: Nest's preview mode builds the module graph
 * without running providers. Usage: node dist/apps/api/openapi-export.js <file>
 */
const out = process.argv[2] ?? 'openapi.json';
const config = loadConfig({ ...process.env, DATABASE_URL: 'postgresql://preview/preview' });
const app = await NestFactory.create<NestExpressApplication>(
  AppModule.forRoot(config, {
    mode: 'external',
    url: config.DATABASE_URL ?? '',
    stop: () => Promise.resolve(),
  }),
  { preview: true, logger: false, abortOnError: false },
);
app.setGlobalPrefix('api/v1');
writeFileSync(out, JSON.stringify(buildOpenApiDocument(app, config.PUBLIC_URL), null, 2));
process.stdout.write(`OpenAPI document written to ${out}\n`);
