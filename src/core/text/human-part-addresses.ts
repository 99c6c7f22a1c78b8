// Whether a report's human-readable part is about other recipients than its delivery-status fields:
// it names addresses (besides the bounce's own header addresses) and none of those the fields name.
// Then its words are about them (a relay's cover note about an earlier failure, another report
// pasted above the records), not about the records' recipients.
import { findAddress } from '../parse/address.ts';

const FIRST_FIELD = /^(?:reporting-mta|final-recipient|original-recipient|arrival-date|received-from-mta)[ \t]*:/im;
const MAX_REPORT = 16 * 1024;

function addressesIn(text: string): Set<string> {
  const found = new Set<string>();
  for (let m = findAddress(text); m; m = findAddress(text, m.index + m.value.length)) found.add(m.value.toLowerCase().replace(/\.$/, ''));
  return found;
}

export function humanPartAboutOthers(text: string, bodyStart: number, originalStart: number): boolean {
  const region = text.slice(bodyStart, Math.min(originalStart, bodyStart + MAX_REPORT));
  const field = FIRST_FIELD.exec(region);
  if (!field) return false;
  const headers = text.slice(0, bodyStart).toLowerCase();
  const human = [...addressesIn(region.slice(0, field.index))].filter((a) => !headers.includes(a));
  if (!human.length) return false;
  const fields = addressesIn(region.slice(field.index));
  return !human.some((a) => fields.has(a));
}
