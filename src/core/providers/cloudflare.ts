// Cloudflare: its replies as the engine reads them (ROWS) and as the knowledge base
// explains them (ENTRIES). See table.ts for the shape and the order.

/** The engine's rows (format: table.ts). */
export const ROWS = `
## blocked
found on one or more dnsbls
## systemerror
upstream error
`;
