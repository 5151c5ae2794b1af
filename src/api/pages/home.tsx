// The root page: what this instance is, and where everything lives.
import { Layout } from "./layout.js";

export function HomePage(props: { devOutbox: boolean }) {
  return (
    <Layout title="Home" current="home" devOutbox={props.devOutbox}>
      <h1>skillforge</h1>
      <p>
        This service lets a personal assistant grow new skills safely. It turns a request such as “I want to track how much water
        I drink” into a small program, audits it, runs it in a sandbox, shows you exactly what it will be able to touch, and makes
        it callable only after you confirm with codes sent to two different channels.
      </p>
      <h2>Where to go</h2>
      <ul>
        <li>
          <a href="/assistant">Assistant demo</a>: ask for a skill, approve it, then use it (“log 300 ml”, “how much today?”).
        </li>
        <li>
          <a href="/dashboard">Dashboard</a>: your skills with their versions, usage, audit and trial reports; roll back, archive
          and restore; your API keys.
        </li>
        {props.devOutbox ? (
          <li>
            <a href="/dev/outbox">Dev outbox</a>: the codes and messages this instance would have sent, while no real email or SMS
            transport is configured.
          </li>
        ) : null}
        <li>
          <a href="/openapi.json">API description</a> (OpenAPI 3.1) for assistants and scripts, and the{" "}
          <a href="/readyz">readiness check</a>.
        </li>
      </ul>
      <h2>How a skill gets here</h2>
      <ol>
        <li>The assistant notices a request to track something and asks for a skill.</li>
        <li>A generator writes it; the audit reads its code and lists the data it may touch; a trial runs it in a sandbox.</li>
        <li>You read what it may do on the approval page and confirm with one code per channel, in order.</li>
        <li>Only then is that exact version callable. Earlier approved versions stay available to roll back to.</li>
      </ol>
    </Layout>
  );
}
