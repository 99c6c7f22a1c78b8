// Broadcom MessageLabs: its replies as the engine reads them (ROWS). No knowledge entries yet: its replies
// are explained by their reason and code. Shape and sources: table.ts.

/** The engine's rows (format: table.ts). */
export const ROWS = `
## securityerror
please turn on smtp authentication in your mail client
## userunknown
542
rejected
no such user
`;
