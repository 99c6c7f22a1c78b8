// Broadcom MessageLabs: its replies as the engine reads them (ROWS) and as the knowledge base
// explains them (ENTRIES). See table.ts for the shape and the order.

/** The engine's rows (format: table.ts). */
export const ROWS = `
## securityerror
please turn on smtp authentication in your mail client
## userunknown
542
rejected
no such user
`;
