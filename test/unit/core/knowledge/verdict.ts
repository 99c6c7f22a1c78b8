// The three answers a person reads first, for tests: the cause bucket, who acts, temporary or not.
import { explain } from '../../../../src/core/knowledge/index.ts';

export async function verdict(text: string): Promise<[string | undefined, string | null | undefined, boolean | undefined]> {
  const e = (await explain(text)).items[0]?.explanation;
  return [e?.bucket, e?.actor, e?.temporary];
}
