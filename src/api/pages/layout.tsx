// The frame every page shares: the head (stylesheet, viewport, the page's one script), a skip link,
// the header's navigation, the main landmark and the footer. Text goes through JSX, which escapes
// it; no page builds HTML by string concatenation.
import type { Child } from "hono/jsx";

export type NavItem = "home" | "assistant" | "dashboard" | "outbox";

export interface LayoutProps {
  title: string;
  /** The navigation entry to mark as the current page. */
  current?: NavItem;
  /** Show the dev outbox in the navigation (only while a channel writes there). */
  devOutbox?: boolean;
  /** A script under /assets/ (the CSP allows no inline script). */
  script?: string;
  /** Pages whose URL carries a credential send no referrer anywhere. */
  noReferrer?: boolean;
  children?: Child;
}

const LINKS: Array<{ item: NavItem; href: string; label: string }> = [
  { item: "home", href: "/", label: "Home" },
  { item: "assistant", href: "/assistant", label: "Assistant demo" },
  { item: "dashboard", href: "/dashboard", label: "Dashboard" },
  { item: "outbox", href: "/dev/outbox", label: "Dev outbox" },
];

export function Layout(props: LayoutProps) {
  const links = LINKS.filter((l) => l.item !== "outbox" || props.devOutbox);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {props.noReferrer ? <meta name="referrer" content="no-referrer" /> : null}
        <title>{`${props.title} · skillforge`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        {props.script ? <script src={props.script} defer></script> : null}
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site">
          <div class="wrap">
            <a class="brand" href="/">
              skillforge
            </a>
            <nav aria-label="Main">
              <ul>
                {links.map((l) => (
                  <li>
                    <a href={l.href} aria-current={props.current === l.item ? "page" : undefined}>
                      {l.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site">
          <div class="wrap">
            skillforge: skills for a personal assistant, audited, tried in a sandbox and approved on two channels ·{" "}
            <a href="/openapi.json">API (OpenAPI 3.1)</a> · <a href="/readyz">readiness</a>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** A rendered page as the response body: the doctype, then the element tree. */
export async function renderPage(node: Child): Promise<string> {
  return `<!doctype html>${String(await node)}`;
}
