/**
 * Each tier's time limit per test and hook (jest.config.js gives it as the global
 * TIER_TEST_TIMEOUT_MS): jest reads `testTimeout` from the root configuration only, never from a
 * project's. A test that needs longer still says so itself.
 */
import { jest } from '@jest/globals'

declare const TIER_TEST_TIMEOUT_MS: number

jest.setTimeout(TIER_TEST_TIMEOUT_MS)
