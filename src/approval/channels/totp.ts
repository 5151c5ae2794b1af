// TOTP with otplib v13 (the only importer of otplib): RFC 6238, 30 s steps, 6 digits, one step of
// clock drift either way, and `afterTimeStep` so a code already used cannot be used again.
import { generateSecret, generateURI, verify } from "otplib";
import type { TotpVerifier } from "../../contract/index.js";

const PERIOD_S = 30;

export function createTotpVerifier(): TotpVerifier {
  return {
    generateSecret: () => generateSecret(),
    keyUri: (secret, account, issuer) => generateURI({ issuer, label: account, secret }),
    async verify(secret, token, at, afterTimeStep) {
      try {
        const r = await verify({
          secret,
          token,
          epoch: Math.floor(at.getTime() / 1000),
          epochTolerance: PERIOD_S,
          period: PERIOD_S,
          ...(afterTimeStep !== undefined ? { afterTimeStep } : {}),
        });
        return r.valid && "timeStep" in r ? { ok: true, timeStep: r.timeStep } : { ok: false };
      } catch {
        // A malformed token or secret is a wrong code, not a crash.
        return { ok: false };
      }
    },
  };
}
