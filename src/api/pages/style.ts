// One small stylesheet for the server-rendered pages: readable, high-contrast, responsive.
export const PAGE_STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:0 1rem 2rem;color:#101828;background:#fff}
header{padding:.75rem 0;border-bottom:1px solid #d0d5dd;margin-bottom:1rem}
a{color:#1849a9}h1{font-size:1.5rem}code{background:#f2f4f7;padding:.1rem .3rem;border-radius:4px}
input,button{font:inherit;padding:.4rem .6rem;border:1px solid #98a2b3;border-radius:6px}
button{background:#1849a9;color:#fff;border-color:#1849a9;cursor:pointer}button:disabled{opacity:.6}
:focus-visible{outline:3px solid #f79009;outline-offset:2px}
.muted{color:#475467}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
form.key{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
`;
