// Builds the real Fastify app for tests (app.inject or a real listener) with test settings.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/server/app.ts';
import { defaultServerConfig, DEFAULT_LIMITS, type ServerConfig } from '../../../src/server/config.ts';

export const TEST_TOKEN = 'test-token-0123456789abcdef';
export const AUTH = { authorization: `Bearer ${TEST_TOKEN}` };

export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return defaultServerConfig({
    token: TEST_TOKEN,
    limits: { ...DEFAULT_LIMITS, perIp: 10_000, perToken: 10_000, perTarget: 10_000 },
    ...overrides,
  });
}

export function testApp(overrides: Partial<ServerConfig> = {}): Promise<FastifyInstance> {
  return buildApp(testConfig(overrides));
}
