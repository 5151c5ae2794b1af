// Mentions that only their context makes unambiguous: "went for a run" or "ran 5 km" is
// running although "run" alone is not ("run the tests"); "12,000 steps" is steps although
// "next steps" is not; "spent 40 euros" is expenses although "spent" alone is not.
const CONTEXT: [RegExp, string][] = [
  [/\b(?:for a|morning|evening|long|easy|quick|my|a \d+ ?(?:k|km|mile)) run\b|\bran (?:a |an )?(?:\d+(?:[.,]\d+)? ?(?:k|km|kms|miles?|mi)\b|half|marathon)|\b(?:went|go|going) running\b/, "running"],
  [/\b\d[\d,.]* ?k? (?:steps|krokow|krokach|schritte|pasos)\b|\bpas \d/, "steps"],
  [/\b(?:spent|paid|wydal(?:em|am)|zaplacil(?:em|am)|ausgegeben|bezahlt|gaste|pague|depense|paye) (?:\w+ )?(?:\$|€|£)?\d/, "expenses"],
];

/** Canonical subjects that context makes certain in a folded message. */
export function contextMentions(folded: string): string[] {
  const out: string[] = [];
  for (const [re, subject] of CONTEXT) if (re.test(folded)) out.push(subject);
  return out;
}
