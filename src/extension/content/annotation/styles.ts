// The annotation's own CSS, inside its shadow root. `all: initial` cuts the page's inherited
// styles; sizes are px because rem follows the page's root font size. flow-root keeps the note
// beside a floated sidebar instead of under it. No dark variant: the OS theme says nothing about
// the webmail's own theme, and a light note reads on both.
export const NOTE_CSS = `
:host{all:initial;display:flow-root;margin:8px 0;max-width:720px}
.note{box-sizing:border-box;font:13px/18px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;
 background:#fff8f6;border:1px solid #e5b3a8;border-left:4px solid #c2371b;border-radius:6px}
.note.delay{background:#fffbeb;border-color:#ecd48a;border-left-color:#b7791f}
.note.info{background:#f2faf4;border-color:#a9d8b5;border-left-color:#2f855a}
.head{all:unset;box-sizing:border-box;display:flex;gap:8px;align-items:baseline;width:100%;padding:6px 10px;cursor:pointer}
.head:focus-visible{outline:2px solid #0b57d0;outline-offset:2px;border-radius:4px}
.brand{font-weight:600;font-size:11px;letter-spacing:0.3px;text-transform:uppercase;color:#6e4b44;white-space:nowrap}
.line{flex:1 1 auto;font-weight:600;min-width:0}
.actor{font-size:12px;white-space:nowrap;padding:0 6px;border-radius:9px;background:#00000010}
.chev{font-size:11px;color:#57606a}
.body{padding:0 10px 8px 10px}
.body[hidden]{display:none}
h3{font-size:12px;line-height:16px;margin:8px 0 2px 0;color:#57606a;text-transform:uppercase;letter-spacing:0.3px}
p,ol,ul{margin:4px 0}
ol,ul{padding-left:20px}
.ev{margin:4px 0;padding:4px 6px;background:#ffffffb0;border-radius:4px;font:12px/16px ui-monospace,Menlo,Consolas,monospace;
 white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:#ffe08a;color:inherit;border-radius:2px}
.unsure{font-style:italic;color:#57606a}
`;

/** Page-level rule for the evidence highlight (CSS Custom Highlight API: no change to page nodes). */
export const HIGHLIGHT_NAME = 'bounce-lens-evidence';
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}){background-color:#ffe08a;color:#1f2328}`;
