// Builds Finding objects for tests, with only the fields a test cares about changed.
import type { Finding } from '../../../../src/core/types.ts';

export function finding(over: Partial<Finding>): Finding {
  return {
    recipient: null, action: 'failed', status: null, replyCode: null, diagnostic: null,
    remoteMta: null, reportingMta: null, command: null, hard: true,
    reason: 'undefined', bucket: 'unknown', side: 'sender', confidence: 0.9, evidence: [],
    ...over,
  };
}
