// Small constructors so every check builds its result the same way.
import type { Bucket } from '../../core/types.ts';
import type { CheckName, CheckResult, Fixer } from './types.ts';

type Fields = Omit<Partial<CheckResult>, 'meaning'> & {
  result: string; ok: boolean; confirms: boolean | null; meaning: string; subs?: string[]; fixer: Fixer;
};

export function checkResult(check: CheckName, target: string, t0: number, bucket: Bucket, fields: Fields): CheckResult {
  const { meaning, subs, ...rest } = fields;
  return { check, target, bucket, ms: Math.round(performance.now() - t0), ...rest, meaning: { key: meaning, subs: subs ?? [] } };
}
