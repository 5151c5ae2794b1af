import type { FoldMemo } from "./fold.js";
import type { FindingSink } from "./findings.js";
import type { Binding, NodePath, Scope, t } from "./parse.js";
import type { ActionDescriptor } from "../contract/index.js";
import type { ActionSite } from "./contract.js";

/** A named value the contract's literal reading followed (see action-holders.ts). */
export type LiteralHolder =
  | { kind: "binding"; binding: Binding }
  | { kind: "this"; owner: NodePath; name: string }
  | { kind: "static"; binding: Binding; name: string };

/** Everything one audit accumulates during its walk. Created per call: the audit stays pure. */
export interface AuditContext {
  source: string;
  findings: FindingSink;
  capabilities: Set<string>;
  memo: FoldMemo;
  /** Names that may be global references: Babel's program globals plus ambient (`declare`) names. */
  candidates: Set<string>;
  /** Names declared with `declare` (erased at run time, so their uses reach the real global). */
  ambient: Set<string>;
  /** TypeScript enum names (Babel registers no binding for them). */
  enums: Set<string>;
  /** Memoized dynamic-lookup depth of variables (see computed.ts). */
  taint: Map<Binding, number>;
  /** Memoized dynamic-lookup depth of what local functions return. */
  returnTaint: Map<Binding, number>;
  /** Memoized deepest lookup anywhere inside a variable's initializer (what a callback may be handed). */
  contained: Map<Binding, number>;
  /** The same, per expression already walked. */
  containedNodes: Map<t.Node, number>;
  /** Memoized depth of `this.<name>` per class or object literal. */
  thisFields: Map<t.Node, Map<string, number>>;
  /** While measuring what `x[k] = …` stores: the target itself, whose old value is nothing new. */
  selfMember?: t.MemberExpression | t.OptionalMemberExpression;
  /** Set when a read of `selfMember` was met while measuring what it stores. */
  selfRead?: boolean;
  /** Every `x.name(…)` call of the program by name, built on first need (lookup-depth.ts). */
  methodCalls?: {
    get(name: string): NodePath<t.CallExpression | t.OptionalCallExpression>[];
    /** Members and stores that may be a thenable's `then` (see lookup-depth.ts). */
    thenDefinitions(): NodePath[];
    /** The functions that are members called `name` (methods, function-valued properties, run-time keys). */
    members(name: string): NodePath<t.Function>[];
  };
  /** The deepest value any `then` of the program hands out: what an `await` may give (lookup-depth.ts). */
  thenDepth?: number;
  /** What `x.name(…)` on an unknown receiver may give, by name (lookup-depth.ts). */
  namedMembers?: Map<string, { ret: number; own: number }>;
  /** Return depth of each method or function-valued member, by its node (a cycle reads as 0 meanwhile). */
  methodReturns?: Map<t.Node, number>;
  /** The right side of every `x.name = …` of the program by name (setters' parameters). */
  memberStores?: Map<string, NodePath[]>;
  /** While measuring a helper's own hops: parameters get no call-site flow (lookup-depth.ts). */
  intrinsic?: boolean;
  /** Containers that store their own elements back (`acc[k] = acc[k] ?? []`): see lookup-depth.ts. */
  selfStored: Set<Binding>;

  /** TypeScript enum member names, bound only inside their own enum's initializers. */
  enumMembers: Map<string, Set<t.TSEnumDeclaration>>;
  slug?: string;
  actions?: ActionDescriptor[];
  /** getActions() computes its actions: the trial captures them (computed-actions.ts). */
  actionsAtTrial?: true;
  /** Functions that are members of the skill (called as methods, so `this` is the skill). */
  methodFunctions: Set<t.Node>;
  /** Action descriptors read by the contract check, with their location (for schema findings). */
  actionSites: ActionSite[];
  /** Named values the literal reading of the actions followed. */
  literalHolders: LiteralHolder[];
  /** Every node the literal reading of the actions read a value from. */
  literalNodes: Set<t.Node>;
}

export function unwrapTs(node: t.Node): t.Node {
  let n = node;
  while (
    n.type === "TSAsExpression" ||
    n.type === "TSSatisfiesExpression" ||
    n.type === "TSNonNullExpression" ||
    n.type === "TSTypeAssertion" ||
    n.type === "ParenthesizedExpression" ||
    n.type === "TSInstantiationExpression"
  ) {
    n = n.expression;
  }
  return n;
}

function isAmbient(binding: Binding): boolean {
  const p = binding.path;
  if (p.isVariableDeclarator()) return Boolean((p.parent as t.VariableDeclaration).declare);
  return p.isTSDeclareFunction() || Boolean((p.node as { declare?: boolean | null }).declare);
}

/** True when `name` at `scope` reaches the real global (unbound, or bound only by `declare`). */
export function isGlobalRef(scope: Scope, name: string, ctx: AuditContext): boolean {
  const binding = scope.getBinding(name);
  if (!binding) return !ctx.enums.has(name);
  return ctx.ambient.has(name) && isAmbient(binding);
}

export function isMemberNode(n: t.Node | null | undefined): n is t.MemberExpression | t.OptionalMemberExpression {
  return n?.type === "MemberExpression" || n?.type === "OptionalMemberExpression";
}

export function isCallNode(n: t.Node | null | undefined): n is t.CallExpression | t.OptionalCallExpression {
  return n?.type === "CallExpression" || n?.type === "OptionalCallExpression";
}
