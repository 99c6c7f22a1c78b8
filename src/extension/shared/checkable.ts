// Causes a check of the user's own outgoing server can confirm: its settings, port and encryption,
// a network block on the way to it, the kind of login it wants. Nothing on the recipient's side.
export const CHECKABLE_BUCKETS: ReadonlySet<string> = new Set(['settings', 'port-encryption', 'network-block', 'credentials']);

export const isCheckable = (bucket: string): boolean => CHECKABLE_BUCKETS.has(bucket);
