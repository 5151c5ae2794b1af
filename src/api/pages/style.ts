// The one stylesheet of the server-rendered pages, served as /assets/site.css: readable,
// high-contrast (every text colour is at least 4.5:1 on its background), responsive down to a
// phone's width, and a focus ring that is always visible.
export const SITE_CSS = `
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#101828;background:#fff}
.wrap{max-width:60rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}.skip:focus{left:1rem}
header.site{border-bottom:1px solid #d0d5dd;background:#f9fafb}
header.site .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem 1.25rem;padding-top:.6rem;padding-bottom:.6rem}
header.site .brand{font-weight:700;color:#101828;text-decoration:none;font-size:1.1rem}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0}
nav a[aria-current=page]{font-weight:700;text-decoration:none;color:#101828}
main{padding-top:1rem;padding-bottom:2rem}
footer.site{border-top:1px solid #d0d5dd;color:#475467;font-size:.9rem;padding:1rem 0 2rem}
a{color:#1849a9}h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:1.75rem}h3{font-size:1.05rem}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9rem}
code{background:#f2f4f7;padding:.1rem .3rem;border-radius:4px}
pre{background:#f2f4f7;padding:.75rem;border-radius:6px;overflow-x:auto;white-space:pre;margin:.5rem 0}
pre code{padding:0;background:none}
tr.detail td{border-bottom:1px solid #d0d5dd;padding-top:0}tr:has(+tr.detail) td{border-bottom:0}
h5{font-size:.95rem;margin:.6rem 0 .2rem}
pre.wrap-text{white-space:pre-wrap;word-break:break-word}
input,select{max-width:100%}
input,select,button{font:inherit;padding:.45rem .65rem;border:1px solid #667085;border-radius:6px;background:#fff;color:#101828}
button{background:#1849a9;color:#fff;border-color:#1849a9;cursor:pointer}
button.secondary{background:#fff;color:#1849a9}
button.danger{background:#fff;color:#b42318;border-color:#b42318}
button:disabled{opacity:.6;cursor:not-allowed}
:focus-visible{outline:3px solid #b54708;outline-offset:2px}
.muted{color:#475467}.ok{color:#067647}.err{color:#b42318}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.card{border:1px solid #d0d5dd;border-radius:8px;padding:.75rem 1rem;margin:.75rem 0}
.badge{display:inline-block;border-radius:999px;padding:0 .55rem;font-size:.85rem;font-weight:600;border:1px solid currentColor}
.badge.good{color:#067647}.badge.warn{color:#b54708}.badge.bad{color:#b42318}.badge.neutral{color:#475467}
.risk-high{color:#b42318;font-weight:600}.risk-medium{color:#b54708;font-weight:600}.risk-low{color:#067647}
.table-scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e4e7ec;padding:.4rem .5rem;text-align:left;vertical-align:top}
th{font-size:.9rem;color:#344054}
details{margin:.4rem 0}summary{cursor:pointer;color:#1849a9}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}dl.facts dt{color:#475467}dl.facts dd{margin:0}
.notice{border-left:4px solid;padding:.5rem .75rem;margin:1rem 0;background:#f9fafb}
.notice.ok{border-color:#067647}.notice.err{border-color:#b42318}.notice.info{border-color:#1849a9;color:#101828}
.fp{font:600 1.3rem ui-monospace,monospace;letter-spacing:.08em;background:#f2f4f7;padding:.15rem .5rem;border-radius:6px;white-space:nowrap}
.new{color:#b54708;font-weight:700}
fieldset{border:1px solid #d0d5dd;border-radius:8px;margin:.8rem 0;padding:.5rem 1rem .9rem}
legend{font-weight:600;padding:0 .3rem}
input.code{font:1.2rem ui-monospace,monospace;letter-spacing:.15em;width:11rem}
label{font-weight:500}
.grow{flex:1;min-width:12rem}
.chat-log{list-style:none;padding:0;margin:1rem 0;display:flex;flex-direction:column;gap:.5rem}
.chat-log li{padding:.5rem .75rem;border-radius:8px;max-width:85%;white-space:pre-wrap}
.chat-log li.you{align-self:flex-end;background:#e7f0ff}
.chat-log li.assistant{align-self:flex-start;background:#f2f4f7}
.chat-log li.progress{align-self:flex-start;background:none;color:#475467;font-size:.9rem;padding:0 .75rem}
@media (max-width:40rem){body{font-size:15px}h1{font-size:1.35rem}dl.facts{grid-template-columns:1fr}dl.facts dt{margin-top:.4rem}
  table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  table.stack tr{display:block;border-bottom:1px solid #d0d5dd;padding:.4rem 0}
  table.stack td{display:block;border:0;padding:.15rem 0}
  table.stack td[data-label]::before{content:attr(data-label) ": ";color:#475467}}
`;
