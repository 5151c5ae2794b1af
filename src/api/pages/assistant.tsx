// The assistant demo page: a chat box that does what an assistant would do with skillforge. The
// page is static; its one script (assistant-script.ts) talks to the /v1 API, so it runs under a
// CSP without inline script.
import { Layout } from "./layout.js";

export function AssistantPage(props: { devOutbox: boolean }) {
  return (
    <Layout title="Assistant demo" current="assistant" devOutbox={props.devOutbox} script="/assets/assistant.js">
      <h1>Ask your assistant</h1>
      <noscript>
        <p class="notice err">This demo chat needs JavaScript. The approval page and the dev outbox work without it.</p>
      </noscript>
      <form id="login" class="row">
        <label for="key">API key</label>
        <input id="key" type="password" autocomplete="off" size={44} required aria-describedby="key-hint" />
        <button>Use key</button>
        <span id="key-hint" class="muted">
          The demo key <code>serve</code> printed; it stays in this tab.
        </span>
      </form>
      <p id="status" class="muted" role="status"></p>
      <ol id="log" class="chat-log" aria-live="polite" aria-label="Conversation"></ol>
      <form id="chat" class="row">
        <label for="text" class="visually-hidden">
          Message
        </label>
        <input id="text" class="grow" autocomplete="off" placeholder="I want to track how much water I drink" required />
        <button id="send">Send</button>
      </form>
      <p class="muted">
        Try: “I want to track how much water I drink”, then after approving: “log 300 ml”, “how much today?”, “undo”, “also track
        the time of day”.
      </p>
    </Layout>
  );
}
