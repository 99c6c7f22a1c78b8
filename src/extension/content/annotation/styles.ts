// The annotation's own CSS, inside its shadow root. `all: initial` cuts the page's inherited
// styles; sizes are px because rem follows the page's root font size. flow-root keeps the note
// beside a floated sidebar instead of under it. The dark variant follows the page's own
// background (the host's data-bounce-lens-theme, set from the computed colour behind the
// message), not the OS setting: a dark webmail on a light OS still gets a dark note.
export const NOTE_CSS = `
:host{all:initial;display:flow-root;margin:8px 0;max-width:720px;min-width:0}
.note{box-sizing:border-box;font:13px/18px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;
 background:#fff8f6;border:1px solid #e5b3a8;border-left:4px solid #c2371b;border-radius:6px;overflow-wrap:anywhere}
.note.delay{background:#fffbeb;border-color:#ecd48a;border-left-color:#b7791f}
.note.info{background:#f2faf4;border-color:#a9d8b5;border-left-color:#2f855a}
.head{all:unset;box-sizing:border-box;display:grid;grid-template-columns:1fr auto;gap:2px 8px;width:100%;padding:6px 10px;cursor:pointer}
.head:focus-visible{outline:2px solid #0b57d0;outline-offset:2px;border-radius:4px}
.brand{font-weight:600;font-size:11px;line-height:16px;letter-spacing:0.3px;text-transform:uppercase;color:#6e4b44}
.chev{font-size:11px;line-height:16px;color:#57606a;text-align:right}
.line{grid-column:1/-1;font-weight:600;min-width:0}
.body{padding:0 10px 8px 10px}
.body[hidden]{display:none}
h3{font-size:12px;line-height:16px;margin:8px 0 2px 0;color:#57606a;text-transform:uppercase;letter-spacing:0.3px}
p,ol,ul{margin:4px 0}
ol,ul{padding-left:20px}
.rcpt{font-weight:600}
.ev{margin:4px 0;padding:4px 6px;background:#ffffffb0;border-radius:4px;font:12px/16px ui-monospace,Menlo,Consolas,monospace;
 white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:#ffe08a;color:inherit;border-radius:2px}
.unsure{font-style:italic;color:#57606a}
.check{font-size:12px;color:#57606a}
.actions{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin-top:8px}
.act{font:inherit;font-size:12px;line-height:16px;padding:3px 8px;border:1px solid #8c959f;border-radius:4px;background:#ffffff;color:#1f2328;
 cursor:pointer;text-decoration:none}
.act:focus-visible{outline:2px solid #0b57d0;outline-offset:1px}
.copied{font-size:12px;color:#57606a}
:host([data-bounce-lens-theme=dark]) .note{color:#e6edf3;background:#2d1a17;border-color:#6e3a30;border-left-color:#f0765a}
:host([data-bounce-lens-theme=dark]) .note.delay{background:#2b2410;border-color:#6b5a1f;border-left-color:#e3b341}
:host([data-bounce-lens-theme=dark]) .note.info{background:#13261a;border-color:#2f5c3d;border-left-color:#56d364}
:host([data-bounce-lens-theme=dark]) .brand{color:#f0b6a8}
:host([data-bounce-lens-theme=dark]) .chev,:host([data-bounce-lens-theme=dark]) h3,:host([data-bounce-lens-theme=dark]) .unsure,
:host([data-bounce-lens-theme=dark]) .copied,:host([data-bounce-lens-theme=dark]) .check{color:#adbac7}
:host([data-bounce-lens-theme=dark]) .ev{background:#00000050}
:host([data-bounce-lens-theme=dark]) mark{background:#7a5c00;color:#fff}
:host([data-bounce-lens-theme=dark]) .act{background:#22272e;color:#e6edf3;border-color:#768390}
:host([data-bounce-lens-theme=dark]) .head:focus-visible,:host([data-bounce-lens-theme=dark]) .act:focus-visible{outline-color:#79c0ff}
`;

/** Page-level rule for the evidence highlight (CSS Custom Highlight API: no change to page nodes). */
export const HIGHLIGHT_NAME = 'bounce-lens-evidence';
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}){background-color:#ffe08a;color:#1f2328}`;
