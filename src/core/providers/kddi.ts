// au / KDDI: its replies as the engine reads them (ROWS). No knowledge entries yet: its replies
// are explained by their reason and code. Shape and sources: table.ts.

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
