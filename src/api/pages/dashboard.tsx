// The dashboard page: a static frame; its script (dashboard-script.ts) asks for an API key, keeps
// it in this tab's sessionStorage only, and reads and acts through the same /v1 API as every other
// client. Without JavaScript the page says so and links to what works without it.
import { Layout } from "./layout.js";

export function DashboardPage(props: { devOutbox: boolean }) {
  return (
    <Layout title="Dashboard" current="dashboard" devOutbox={props.devOutbox} script="/assets/dashboard.js">
      <h1>Dashboard</h1>
      <noscript>
        <p class="notice err">
          The dashboard needs JavaScript to call the API with your key. The approval pages work without it; the same data is in
          the <a href="/openapi.json">API</a> and the <code>skillforge skills</code> commands.
        </p>
      </noscript>
      <form id="login" class="row">
        <label for="key">API key</label>
        <input id="key" type="password" autocomplete="off" size={44} required />
        <button>Open</button>
      </form>
      <p id="status" class="muted" role="status" aria-live="polite">
        checking…
      </p>
      <section id="skills" aria-labelledby="skills-title" hidden>
        <h2 id="skills-title">Skills</h2>
        <div id="skill-list"></div>
      </section>
      <section id="security" aria-labelledby="security-title" hidden>
        <h2 id="security-title">Security suite</h2>
        <div id="security-report"></div>
      </section>
      <section id="me" aria-labelledby="tenant-title" hidden>
        <h2 id="tenant-title">
          Tenant <span id="tenant"></span>
        </h2>
        <h3>API keys</h3>
        <div class="table-scroll">
          <table id="keys" class="stack">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Prefix</th>
                <th scope="col">Scopes</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody></tbody>
          </table>
        </div>
      </section>
    </Layout>
  );
}
