// Cloudflare: its replies as the engine reads them (ROWS). No knowledge entries yet: its replies
// are explained by their reason and code. Shape and sources: table.ts.

/** The engine's rows (format: table.ts). */
export const ROWS = `
## blocked
found on one or more dnsbls
## systemerror
upstream error
`;
