// au / KDDI: its replies as the engine reads them (ROWS) and as the knowledge base
// explains them (ENTRIES). See table.ts for the shape and the order.

/** The engine's rows (format: table.ts). */
export const ROWS = `
## mailboxfull
the user(s) account is temporarily over quota
## suspend
the user(s) account is disabled.
the user(s) account is temporarily limited.
## filtered
550 : user unknown
## userunknown
>: user unknown
`;
