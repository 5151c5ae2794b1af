// The approval page (the link in the email and the SMS) and the email's reject page. Plain HTML
// forms posting back, no JavaScript, and no bare "approve" button: only the current channel's code
// field is a form. Everything the approver needs to decide is on the page: what the skill may do in
// plain words with its risk, what changed since the active version, the fingerprint every message
// repeats, the code itself, and what the audit and the trial found.
import type { Approval, Disclosure } from "../../approval/index.js";
import type { Child } from "hono/jsx";
import type { VersionReview } from "../../registry/index.js";
import { Layout } from "./layout.js";
import { AuditSummary, TrialSummary } from "./reports.js";

export interface ApprovalPageProps {
  approval: Approval;
  disclosure: Disclosure | null;
  /** The version as the registry holds it; absent when it no longer exists. */
  review?: VersionReview;
  token: string;
  /** One line shown above the form (after a post). */
  notice?: { kind: "ok" | "error"; text: string };
  /** Link the dev outbox, where the codes are while no real channel is configured. */
  devOutbox?: boolean;
}

const CHANNEL_NAME = { email: "Email code", sms: "SMS code", totp: "Authenticator app code" } as const;
const WHERE = { email: "in your email", sms: "by SMS", totp: "in your authenticator app" } as const;

const STATE: Record<Approval["status"], { title: string; text: string; kind: "info" | "ok" | "err" }> = {
  pending: { title: "Waiting for your codes", text: "Waiting for your codes.", kind: "info" },
  approved: { title: "Approved", text: "Approved on two channels. Nothing more to do.", kind: "ok" },
  rejected: { title: "Rejected", text: "Rejected. The skill will not be activated.", kind: "err" },
  expired: {
    title: "Expired",
    text: "Expired: 24 hours passed without both codes. The skill will not be activated.",
    kind: "err",
  },
  superseded: {
    title: "Superseded",
    text: "Superseded: the skill changed after this request was made. A new request shows the current version.",
    kind: "err",
  },
};

/** Enough of the source to see what it is; the whole file is one click away. */
const EXCERPT_LINES = 24;

function Capabilities(props: { d: Disclosure }) {
  const d = props.d;
  return (
    <section aria-labelledby="may">
      <h2 id="may">What it asks to be able to do</h2>
      <ul>
        {d.lines.length === 0 ? <li>Nothing beyond its own code (no data access).</li> : null}
        {d.lines.map((l) => (
          <li>
            {l.text} <span class={`risk-${l.risk}`}>({l.risk} risk)</span>
            {l.isNew ? <span class="new"> NEW</span> : null}
          </li>
        ))}
      </ul>
      <p>
        Overall risk: <strong class={`risk-${d.risk}`}>{d.risk}</strong>
      </p>
      {d.actions.length ? (
        <p class="muted">
          The skill names its actions (its own words, not checked):{" "}
          {d.actions.map((a, i) => (
            <>
              {i > 0 ? ", " : ""}
              <code>{a.slug}</code> {a.name}
            </>
          ))}
        </p>
      ) : null}
    </section>
  );
}

function Changes(props: { d: Disclosure; review?: VersionReview }) {
  const { d, review } = props;
  const added = d.lines.filter((l) => l.isNew);
  if (!review?.replaces)
    return (
      <section aria-labelledby="changes">
        <h2 id="changes">What changed</h2>
        <p>
          {review?.version.active
            ? "This version is the skill's active version."
            : "No version of this skill is active yet: everything above is new."}
        </p>
      </section>
    );
  return (
    <section aria-labelledby="changes">
      <h2 id="changes">What changed since the active version ({review.replaces.tag})</h2>
      {added.length === 0 && d.removed.length === 0 ? <p>The same permissions as the active version.</p> : null}
      {added.length ? (
        <>
          <p>New permissions:</p>
          <ul>
            {added.map((l) => (
              <li>{l.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {review.fieldsAdded.length ? (
        <>
          <p>With each entry it will also record:</p>
          <ul>
            {review.fieldsAdded.map((f) => (
              <li>
                <code>{f.slice(f.indexOf(".") + 1)}</code> (in {f.slice(0, f.indexOf("."))})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.removed.length ? (
        <>
          <p>It will no longer be able to:</p>
          <ul>
            {d.removed.map((l) => (
              <li>{l.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Code(props: { review: VersionReview }) {
  const lines = props.review.source.split("\n");
  const more = lines.length - EXCERPT_LINES;
  return (
    <section aria-labelledby="code">
      <h2 id="code">The code</h2>
      <p class="muted">
        {lines.length} lines, sha256 <code>{props.review.version.sourceSha256.slice(0, 16)}…</code>
      </p>
      <pre tabindex={0} aria-label="The first lines of the skill's code">
        <code>{lines.slice(0, EXCERPT_LINES).join("\n")}</code>
      </pre>
      {more > 0 ? (
        <details>
          <summary>Show the remaining {more} lines</summary>
          <pre tabindex={0} aria-label="The rest of the skill's code">
            <code>{lines.slice(EXCERPT_LINES).join("\n")}</code>
          </pre>
        </details>
      ) : null}
    </section>
  );
}

function Notice(props: { notice: { kind: "ok" | "error"; text: string } }) {
  const ok = props.notice.kind === "ok";
  return (
    <p class={`notice ${ok ? "ok" : "err"}`} role={ok ? "status" : "alert"}>
      {props.notice.text}
    </p>
  );
}

function Steps(props: { approval: Approval; token: string; notice?: Child }) {
  const a = props.approval;
  const action = `/approve/${a.id}`;
  return (
    <section aria-labelledby="confirm">
      <h2 id="confirm">Confirm with one code per channel, in order</h2>
      {props.notice}
      {a.channels.map((ch, i) => {
        const legend = <legend>{`Step ${i + 1}: ${CHANNEL_NAME[ch]}`}</legend>;
        if (a.confirmed.includes(ch))
          return (
            <fieldset>
              {legend}
              <p class="ok">✓ confirmed</p>
            </fieldset>
          );
        if (i !== a.confirmed.length)
          return (
            <fieldset>
              {legend}
              <p class="muted">Sent once step {i} is confirmed.</p>
            </fieldset>
          );
        return (
          <fieldset>
            {legend}
            <form method="post" action={action}>
              <input type="hidden" name="t" value={props.token} />
              <input type="hidden" name="channel" value={ch} />
              <p style="margin-top:0">
                <label for={`code-${ch}`}>{CHANNEL_NAME[ch]}</label>{" "}
                <span class="muted" id={`hint-${ch}`}>
                  (the code {WHERE[ch]}, with the same reference {a.fingerprint})
                </span>
              </p>
              <div class="row">
                <input
                  name="code"
                  id={`code-${ch}`}
                  class="code"
                  inputmode="numeric"
                  autocomplete="one-time-code"
                  pattern="[0-9 -]{6,10}"
                  required
                  aria-describedby={`hint-${ch}`}
                />
                <button name="action" value="confirm">
                  Confirm
                </button>
                {ch === "totp" ? null : (
                  <button name="action" value="resend" class="secondary" formnovalidate>
                    Send a new code
                  </button>
                )}
              </div>
            </form>
          </fieldset>
        );
      })}
    </section>
  );
}

export function ApprovalPage(props: ApprovalPageProps) {
  const { approval: a, disclosure: d, review } = props;
  const state = STATE[a.status];
  // While codes are asked for, the answer to a post sits right above the code field it is about.
  const stepsShown = a.status === "pending" && a.undeliverable.length === 0;
  const notice = props.notice ? <Notice notice={props.notice} /> : null;
  const name = d ? `${d.slug} ${d.version}` : "this skill";
  const title = a.status === "pending" ? `Approve ${name}?` : `${state.title}: ${name}`;
  return (
    <Layout title={`Approval ${a.fingerprint}`} noReferrer devOutbox={props.devOutbox}>
      <h1>{title}</h1>
      <p>
        Reference <span class="fp">{a.fingerprint}</span> — the same on every message about this request.
      </p>
      {stepsShown ? null : notice}
      <div class={`notice ${state.kind}`}>
        <p style="margin:0">
          <strong>{state.text}</strong>
        </p>
        {a.status === "pending" ? (
          <p style="margin:.25rem 0 0">Expires {a.expiresAt.replace("T", " ").slice(0, 16)} UTC.</p>
        ) : null}
      </div>
      {d ? (
        <>
          <Capabilities d={d} />
          <Changes d={d} review={review} />
        </>
      ) : (
        <p class="err">The version this request names no longer exists.</p>
      )}
      {review ? (
        <>
          <section aria-labelledby="checks">
            <h2 id="checks">What the checks found</h2>
            <AuditSummary audit={review.version.audit} />
            <TrialSummary trial={review.version.trial} />
          </section>
          <Code review={review} />
        </>
      ) : null}
      {a.status === "pending" && a.undeliverable.length ? (
        <p class="notice err">
          This request cannot be approved: codes could not be delivered on {a.undeliverable.join(", ")}. Fewer than two channels
          can reach you; fix the contact point and ask for a new request.
        </p>
      ) : null}
      {stepsShown ? <Steps approval={a} token={props.token} notice={notice} /> : null}
      {a.status === "pending" ? (
        <form method="post" action={`/approve/${a.id}`}>
          <input type="hidden" name="t" value={props.token} />
          <p>
            <button name="action" value="reject" class="danger">
              Reject
            </button>{" "}
            <span class="muted">Nothing is activated; the codes stop working.</span>
          </p>
        </form>
      ) : null}
    </Layout>
  );
}

/** The email's one-time reject link lands here: a GET never changes state (mail scanners follow links). */
export function RejectPage(props: { approval: Approval; token: string; done: boolean }) {
  const a = props.approval;
  const reference = (
    <p>
      Reference <span class="fp">{a.fingerprint}</span>
    </p>
  );
  if (props.done || a.status !== "pending")
    return (
      <Layout title="Rejected" noReferrer>
        <h1>{STATE[a.status].title}</h1>
        {reference}
        <p class={`notice ${STATE[a.status].kind}`}>
          <strong>{STATE[a.status].text}</strong>
        </p>
      </Layout>
    );
  return (
    <Layout title={`Reject ${a.fingerprint}?`} noReferrer>
      <h1>Reject this request?</h1>
      {reference}
      <form method="post" action={`/approve/${a.id}/reject`}>
        <input type="hidden" name="t" value={props.token} />
        <button class="danger">Reject</button>
      </form>
    </Layout>
  );
}
