// The dynamic-lookup depth of a value: `o[k]` is 1, `o[a][b]` is 2, and the count flows through
// member reads, calls, awaits, variables and the returns of local functions. computed.ts refuses
// calling a depth-2 value and reading a dynamic key on one (three hops): with keys equal to
// "constructor", that is how `Function(code)` is reached from ordinary data.
import { spend } from "./budget.js";
import { type AuditContext, isMemberNode, unwrapTs } from "./context.js";
import { keyOf } from "./computed.js";
import type { Binding, NodePath, Scope, t, Visitor } from "./parse.js";

type Depth<N extends t.Node = t.Node> = (n: N, scope: Scope, ctx: AuditContext, guard: number) => number;

/**
 * How many dynamic lookups produced this value: `o[k]` is 1, `o[a][b]` is 2, and the count flows
 * through member reads, calls, awaits and variables.
 */
export function lookupDepth(node: t.Node, scope: Scope, ctx: AuditContext, guard = 0): number {
  if (guard > 16) return 0;
  spend(ctx.memo.budget, 1);
  const n = unwrapTs(node);
  const rule = EXPRESSION_DEPTH[n.type] as Depth | undefined;
  return rule ? rule(n, scope, ctx, guard) : 0;
}

const deeper = (n: t.Node, scope: Scope, ctx: AuditContext, guard: number): number => lookupDepth(n, scope, ctx, guard + 1);
const deepest = (nodes: readonly t.Node[], scope: Scope, ctx: AuditContext, guard: number): number =>
  Math.max(
    0,
    ...nodes.map((x) =>
      x.type === "SpreadElement" ? iteratedDepth(x.argument, scope, ctx, guard) : deeper(x, scope, ctx, guard),
    ),
  );

/**
 * What iterating a value can give (`[...it]`, `Array.from(it)`, `const [a] = it`): the value's own
 * depth, and for a named value anything its initialiser holds — a custom iterable's generator
 * yields from inside a method (`{ *[Symbol.iterator]() { yield o[k] } }`).
 */
function iteratedDepth(n: t.Node, scope: Scope, ctx: AuditContext, guard: number): number {
  const own = deeper(n, scope, ctx, guard);
  const inner = unwrapTs(n);
  return inner.type === "Identifier" ? Math.max(own, initDepth(scope.getBinding(inner.name), ctx, guard + 1)) : own;
}

const memberDepth: Depth<t.MemberExpression | t.OptionalMemberExpression> = (n, scope, ctx, guard) => {
  if (ctx.selfMember && sameMember(n, ctx.selfMember)) {
    ctx.selfRead = true;
    return 0;
  }
  const object = unwrapTs(n.object);
  const name = n.computed ? undefined : memberName(n.property);
  let base =
    name !== undefined && object.type === "ThisExpression"
      ? thisFieldDepth(name, scope, ctx, guard)
      : deeper(n.object, scope, ctx, guard);
  // `helpers.first`, `Notes.first`: a getter of a local object or class runs on the read.
  const holder = name !== undefined && object.type !== "ThisExpression" ? holderOf(object, scope) : null;
  if (holder) base = Math.max(base, methodReturnDepth(holder, name!, "get", ctx, guard));
  if (!n.computed) return base;
  if (keyOf(n.property, scope, ctx).kind !== "dynamic") return base;
  // An element of a container that holds its own elements (see storedDepth) is no deeper than it.
  const self = object.type === "Identifier" ? scope.getBinding(object.name) : undefined;
  return self && ctx.selfStored.has(self) ? base : base + 1;
};

/** Stands for a member name chosen at run time: it may be any member. */
const ANY_NAME = Symbol("any member");

/**
 * The member a call's callee names: `o.x` and `o["x"]` (or a key that folds to "x") are "x"; a
 * key chosen at run time may be any member; a numeric key is none.
 */
function calledName(
  callee: t.MemberExpression | t.OptionalMemberExpression,
  scope: Scope,
  ctx: AuditContext,
): string | typeof ANY_NAME | undefined {
  if (!callee.computed) return memberName(callee.property);
  const key = keyOf(callee.property, scope, ctx);
  return key.kind === "name" ? key.name : key.kind === "dynamic" ? ANY_NAME : undefined;
}

/** The holder and member a constant was taken from: `const f = H.pick`, `H[name]`, `const { pick } = H`. */
function takenMethod(
  binding: Binding | undefined,
  ctx: AuditContext,
): { holder: NodePath<t.Class | t.ObjectExpression>; name: string | typeof ANY_NAME } | undefined {
  if (!binding?.constant || !binding.path.isVariableDeclarator()) return undefined;
  const { id, init } = binding.path.node;
  if (!init) return undefined;
  const from = unwrapTs(init);
  const scope = binding.path.scope;
  if (id.type === "Identifier" && isMemberNode(from)) {
    const name = calledName(from, scope, ctx);
    const holder = name === undefined ? null : holderOf(unwrapTs(from.object), scope);
    return holder && name !== undefined ? { holder, name } : undefined;
  }
  if (id.type === "ObjectPattern") {
    const holder = holderOf(from, scope);
    if (!holder) return undefined;
    for (const prop of id.properties) {
      if (prop.type !== "ObjectProperty") continue;
      const value = prop.value.type === "AssignmentPattern" ? prop.value.left : prop.value;
      if (value.type !== "Identifier" || value.name !== binding.identifier.name) continue;
      if (!prop.computed) {
        const name = memberName(prop.key);
        return name === undefined ? undefined : { holder, name };
      }
      const key = keyOf(prop.key, scope, ctx);
      return key.kind === "name" ? { holder, name: key.name } : key.kind === "dynamic" ? { holder, name: ANY_NAME } : undefined;
    }
  }
  return undefined;
}

/** The name of a non-computed member: `x` in `o.x`, `#x` in `this.#x`. */
const memberName = (key: t.Node): string | undefined =>
  key.type === "Identifier" ? key.name : key.type === "PrivateName" ? `#${key.id.name}` : undefined;

/**
 * The class or object literal whose members `o.name` reaches: `this` in a method, a class by its
 * name (static members), a constant bound to an object literal or a class expression, or to a
 * `new` instance of a local class.
 */
function holderOf(object: t.Node, scope: Scope, viaNew = false): NodePath<t.Class | t.ObjectExpression> | null {
  if (object.type === "ThisExpression") return thisHolder(scope);
  // `new Notes().first`: the instance reaches its class's members.
  if (object.type === "NewExpression" && !viaNew && unwrapTs(object.callee).type === "Identifier")
    return holderOf(unwrapTs(object.callee), scope, true);
  if (object.type !== "Identifier") return null;
  const binding = scope.getBinding(object.name);
  if (!binding) return null;
  const p = binding.path;
  if (p.isClassDeclaration()) return binding.constantViolations.length === 0 ? p : null;
  if (!p.isVariableDeclarator() || !binding.constant || !p.node.init) return null;
  const init = p.get("init") as NodePath;
  const inner = init.isTSAsExpression() || init.isTSSatisfiesExpression() ? (init.get("expression") as NodePath) : init;
  if (inner.isObjectExpression() || inner.isClassExpression()) return inner as NodePath<t.Class | t.ObjectExpression>;
  // `const notes = new Notes()`: an instance reaches its class's methods.
  // Once only: `const a = new b(), b = new a()` would otherwise go round for ever.
  if (!viaNew && inner.isNewExpression() && inner.node.callee.type === "Identifier")
    return holderOf(inner.node.callee, inner.scope, true);
  return null;
}

/**
 * What a call can add beyond its callee's own depth. The first rule that answers wins; a rule
 * answers `undefined` when the call is not its kind.
 */
interface CallRule {
  name: string;
  depth: (
    call: t.CallExpression | t.OptionalCallExpression,
    callee: t.Node,
    scope: Scope,
    ctx: AuditContext,
    guard: number,
  ) => number | undefined;
}

/**
 * What a call of a helper gives: its return depth with what flows into its parameters from every
 * call site (`ret`), or — for a helper that takes hops of its own (`get(o, k) { return o[k] }`) —
 * those hops on top of this call's arguments (`get(get(fn, k), k)` is two). The hops of its own
 * are measured with no call-site flow (`own`), so an argument is never counted twice.
 */
function addsToArguments(ret: number, own: number, args: () => number): number {
  if (ret <= 0 && own <= 0) return 0;
  return Math.max(ret, own > 0 ? own + args() : 0);
}

/**
 * Runs `f` with parameters and plain-function `this` given no call-site flow, in a memo of its own
 * (what is measured there must not stand for the full answer later).
 */
function intrinsic<T>(ctx: AuditContext, f: () => T): T {
  if (ctx.intrinsic) return f();
  const saved = {
    taint: ctx.taint,
    returnTaint: ctx.returnTaint,
    contained: ctx.contained,
    containedNodes: ctx.containedNodes,
    thisFields: ctx.thisFields,
    selfStored: ctx.selfStored,
    thenDepth: ctx.thenDepth,
    namedMembers: ctx.namedMembers,
    methodReturns: ctx.methodReturns,
  };
  Object.assign(ctx, {
    thenDepth: undefined,
    namedMembers: undefined,
    methodReturns: undefined,
    taint: new Map(),
    returnTaint: new Map(),
    contained: new Map(),
    containedNodes: new Map(),
    thisFields: new Map(),
    selfStored: new Set(),
    intrinsic: true,
  });
  try {
    return f();
  } finally {
    Object.assign(ctx, saved, { intrinsic: false });
  }
}

const CALL_RULES: CallRule[] = [
  {
    // `const f = H[name]; f(o[k])`, `const { pick } = H; pick(o[k])`: a method taken off a local
    // object or class and called under another name adds what it adds as a method.
    name: "a method of a local object or class held in a variable",
    depth: (call, callee, scope, ctx, guard) => {
      if (callee.type !== "Identifier") return undefined;
      const taken = takenMethod(scope.getBinding(callee.name), ctx);
      if (!taken) return undefined;
      const ret = addsToArguments(
        methodReturnDepth(taken.holder, taken.name, "call", ctx, guard),
        intrinsic(ctx, () => methodReturnDepth(taken.holder, taken.name, "call", ctx, guard)),
        () => deepest(call.arguments, scope, ctx, guard),
      );
      return ret; // resolved: the method it holds, even when that adds nothing
    },
  },
  {
    // A helper that returns a dynamic lookup (`get(o, k) { return o[k] }`) adds to the depth of
    // what it is handed: `get(get(fn, k), k)` is two hops, like `fn[k][k]`.
    name: "a local helper that returns a lookup",
    depth: (call, callee, scope, ctx, guard) => {
      if (callee.type !== "Identifier") return undefined;
      const binding = scope.getBinding(callee.name);
      return addsToArguments(
        returnDepth(binding, ctx, guard),
        intrinsic(ctx, () => returnDepth(binding, ctx, guard)),
        () => deepest(call.arguments, scope, ctx, guard),
      );
    },
  },
  {
    // The same through a method of the skill's own class or object, a local object of helpers or
    // a class's static methods: `this.pick(this.pick(o, k), k)`, `this.#pick(…)`, `H.pick(…)`,
    // `Notes.pick(…)` are two hops, like `fn[k][k]`.
    // Under a computed key (`H[name](…)`), a constant key is that method; a key chosen at run
    // time may be any of them.
    name: "a method of this class, a local object or a class that returns a lookup",
    depth: (call, callee, scope, ctx, guard) => {
      if (!(callee.type === "MemberExpression" || callee.type === "OptionalMemberExpression")) return undefined;
      const name = calledName(callee, scope, ctx);
      const holder = name === undefined ? null : holderOf(unwrapTs(callee.object), scope);
      if (!holder || name === undefined) return undefined;
      const ret = addsToArguments(
        methodReturnDepth(holder, name, "call", ctx, guard),
        intrinsic(ctx, () => methodReturnDepth(holder, name, "call", ctx, guard)),
        () => deepest(call.arguments, scope, ctx, guard),
      );
      return ret > 0 ? ret : undefined;
    },
  },
  {
    // `path.reduce((o, k) => o[k], start)` repeats a dynamic lookup as often as the data says.
    name: "a reduce whose callback looks up",
    depth: (call, callee, scope, ctx, guard) => {
      if (
        !(callee.type === "MemberExpression" || callee.type === "OptionalMemberExpression") ||
        callee.computed ||
        callee.property.type !== "Identifier" ||
        (callee.property.name !== "reduce" && callee.property.name !== "reduceRight")
      )
        return undefined;
      const cb = call.arguments[0] ? unwrapTs(call.arguments[0]) : undefined;
      const looks =
        cb &&
        (cb.type === "ArrowFunctionExpression" || cb.type === "FunctionExpression") &&
        functionReturnDepth(cb, scope, ctx, guard, stepDepth) > 0;
      return looks ? 2 : undefined;
    },
  },
  {
    // `JSON.parse(text, reviver)`: the parsed value holds what the reviver returns.
    name: "a JSON.parse reviver",
    depth: (call, callee, scope, ctx, guard) => {
      if (!isMemberNode(callee) || callee.computed || memberName(callee.property) !== "parse") return undefined;
      const owner = unwrapTs(callee.object);
      if (owner.type !== "Identifier" || owner.name !== "JSON" || call.arguments.length < 2) return undefined;
      const reviver = unwrapTs(call.arguments[1]!);
      if (reviver.type === "ArrowFunctionExpression" || reviver.type === "FunctionExpression")
        return functionReturnDepth(reviver, scope, ctx, guard);
      return reviver.type === "Identifier" ? returnDepth(scope.getBinding(reviver.name), ctx, guard) : undefined;
    },
  },
  {
    // `keys.map(function (k) { return this[k]; }, o)`: the list map returns holds what its callback returns.
    name: "a map whose callback returns a lookup",
    depth: (call, callee, scope, ctx, guard) => {
      if (!isMemberNode(callee) || callee.computed) return undefined;
      const name = memberName(callee.property);
      if (name !== "map" && name !== "flatMap") return undefined;
      const cb = call.arguments[0] ? unwrapTs(call.arguments[0]) : undefined;
      if (!cb) return undefined;
      const returned =
        cb.type === "ArrowFunctionExpression" || cb.type === "FunctionExpression"
          ? functionReturnDepth(cb, scope, ctx, guard)
          : cb.type === "Identifier"
            ? returnDepth(scope.getBinding(cb.name), ctx, guard)
            : 0;
      return returned > 0 ? Math.max(deeper(callee.object, scope, ctx, guard), returned) : undefined;
    },
  },
  {
    // `at(k)(o)` with `const at = (k) => (o) => o[k]`: a local function that returns a function
    // which returns a lookup adds to what the returned function is called with, like a helper.
    name: "a function returned by a local function, called at once",
    depth: (call, callee, scope, ctx, guard) => {
      if (!(callee.type === "CallExpression" || callee.type === "OptionalCallExpression")) return undefined;
      const inner = unwrapTs(callee.callee);
      const binding = inner.type === "Identifier" ? scope.getBinding(inner.name) : undefined;
      const init = binding?.path.isVariableDeclarator() && binding.constant ? binding.path.node.init : binding?.path.node;
      const fn = init ? unwrapTs(init) : undefined;
      if (
        !fn ||
        !(fn.type === "ArrowFunctionExpression" || fn.type === "FunctionExpression" || fn.type === "FunctionDeclaration")
      )
        return undefined;
      let added = 0;
      const returned = fn.body.type === "BlockStatement" ? collectReturns(fn.body).map((r) => r.argument) : [fn.body as t.Node];
      for (const r of returned) {
        const made = r ? unwrapTs(r) : undefined;
        if (made && (made.type === "ArrowFunctionExpression" || made.type === "FunctionExpression"))
          added = Math.max(added, functionReturnDepth(made, binding!.path.scope, ctx, guard));
      }
      return added > 0
        ? added + Math.max(deepest(call.arguments, scope, ctx, guard), deepest(callee.arguments, scope, ctx, guard))
        : undefined;
    },
  },
  {
    // `new Array(1).fill(f)`, `map.set(k, f)`, `set.add(f)`, `list.concat([f])`, `Array.of(f)`:
    // the value returned holds what was put in.
    name: "a method that returns its receiver with what it was given",
    depth: (call, callee, scope, ctx, guard) => {
      if (!isMemberNode(callee) || callee.computed) return undefined;
      const name = memberName(callee.property);
      if (name === undefined || !RETURNS_WHAT_IT_HOLDS.has(name)) return undefined;
      return Math.max(deeper(callee.object, scope, ctx, guard), deepest(call.arguments, scope, ctx, guard));
    },
  },
  {
    // `Object.values({ a: o[k] })[0]`, `Array.from(it)`, `Promise.all([…])`: a builtin that hands
    // back parts of its arguments returns what they hold.
    name: "a builtin that returns parts of its arguments",
    depth: (call, callee, scope, ctx, guard) => {
      if (!isMemberNode(callee) || callee.computed) return undefined;
      const owner = unwrapTs(callee.object);
      const name = memberName(callee.property);
      if (owner.type !== "Identifier" || name === undefined || scope.getBinding(owner.name)) return undefined;
      if (!BUILTINS_RETURNING_PARTS[owner.name]?.has(name)) return undefined;
      return Math.max(
        0,
        ...call.arguments.map((a) => iteratedDepth(a.type === "SpreadElement" ? a.argument : a, scope, ctx, guard)),
      );
    },
  },
  {
    name: "a function called where it is written",
    depth: (_call, callee, scope, ctx, guard) =>
      callee.type === "ArrowFunctionExpression" || callee.type === "FunctionExpression"
        ? functionReturnDepth(callee, scope, ctx, guard)
        : undefined,
  },
];

const BUILTINS_RETURNING_PARTS: Record<string, Set<string>> = {
  Object: new Set(["values", "entries", "fromEntries", "freeze", "seal", "preventExtensions", "create", "groupBy"]),
  Array: new Set(["from", "of"]),
  Promise: new Set(["resolve", "all", "allSettled", "race", "any"]),
  Map: new Set(["groupBy"]),
};

const RETURNS_WHAT_IT_HOLDS = new Set(["fill", "set", "add", "concat", "of", "with", "toSpliced"]);

const callDepth: Depth<t.CallExpression | t.OptionalCallExpression> = (n, scope, ctx, guard) => {
  if (n.callee.type === "V8IntrinsicIdentifier") return 0;
  const callee = unwrapTs(n.callee);
  const own = deeper(callee, scope, ctx, guard);
  for (const rule of CALL_RULES) {
    const added = rule.depth(n, callee, scope, ctx, guard);
    if (added !== undefined) return Math.max(own, added);
  }
  return Math.max(own, unknownCalleeDepth(n, callee, scope, ctx, guard));
};

/**
 * A call whose callee no rule resolved. `f.call(thisArg, …)` / `f.apply(thisArg, [ … ])` of a
 * local function or of a member of a local object or class is a call of it with those arguments;
 * an `x.name(…)` on a receiver of unknown origin may be any member of that name the program
 * defines (a builtin method of the same name adds nothing), adding what it adds to its arguments.
 */
function unknownCalleeDepth(
  call: t.CallExpression | t.OptionalCallExpression,
  callee: t.Node,
  scope: Scope,
  ctx: AuditContext,
  guard: number,
): number {
  let args = () => deepest(call.arguments, scope, ctx, guard);
  let target = callee;
  if (isMemberNode(callee) && !callee.computed) {
    const name = memberName(callee.property);
    if (name === "call" || name === "apply") {
      // `f.call(thisArg, …)`, `f.apply(thisArg, [ … ])`: a call of `f` with those arguments.
      target = unwrapTs(callee.object);
      const rest = call.arguments.slice(1);
      args = () => Math.max(0, ...rest.map((a) => iteratedDepth(a.type === "SpreadElement" ? a.argument : a, scope, ctx, guard)));
      if (target.type === "Identifier") {
        const binding = scope.getBinding(target.name);
        if (!binding) return 0;
        if (isFunctionBinding(binding))
          return addsToArguments(
            returnDepth(binding, ctx, guard),
            intrinsic(ctx, () => returnDepth(binding, ctx, guard)),
            args,
          );
        return 0;
      }
    }
  }
  if (isMemberNode(target)) {
    const object = unwrapTs(target.object);
    const holder = target !== callee ? holderOf(object, scope) : null;
    if (holder) {
      // `H[name].call(null, …)`: that method (any of them for a run-time name) with those arguments.
      const name = calledName(target, scope, ctx);
      if (name === undefined) return 0;
      return addsToArguments(
        methodReturnDepth(holder, name, "call", ctx, guard),
        intrinsic(ctx, () => methodReturnDepth(holder, name, "call", ctx, guard)),
        args,
      );
    }
    // A member of a builtin (`Date.parse`, `Math.max`), or of a local object or class the method
    // rule already read: nothing unknown.
    if (object.type === "Identifier" && !scope.getBinding(object.name)) return 0;
    if (holderOf(object, scope)) return 0;
    if (!target.computed) {
      const name = memberName(target.property);
      return name === undefined ? 0 : namedMemberDepth(scope.path, name, args, ctx, guard);
    }
  }
  // A function value from a container or a call (`list[0](…)`, `table.get("p")(…)`) is not
  // followed: taking every function of the program there refused honest skills (see README).
  return 0;
}

/** A binding whose value is a function written here: a declaration, or a constant bound to a function literal or `.bind`. */
function isFunctionBinding(binding: Binding): boolean {
  const p = binding.path;
  if (p.isFunctionDeclaration() || p.isClassDeclaration()) return true;
  if (!p.isVariableDeclarator() || !binding.constant || !p.node.init || p.node.id.type !== "Identifier") return false;
  const init = unwrapTs(p.node.init);
  if (init.type === "FunctionExpression" || init.type === "ArrowFunctionExpression" || init.type === "ClassExpression")
    return true;
  return boundFunction(p.get("init") as NodePath) !== undefined;
}

/** The name a function is known by as a member: a method's key, or the key of the property it is the value of. */
function memberNameOf(fn: NodePath<t.Function>, ctx: AuditContext): string | typeof ANY_NAME | undefined {
  const node = fn.node;
  const owner =
    fn.isObjectMethod() || fn.isClassMethod() || fn.isClassPrivateMethod()
      ? (node as t.ObjectMethod | t.ClassMethod | t.ClassPrivateMethod)
      : fn.parentPath?.isObjectProperty() || fn.parentPath?.isClassProperty()
        ? (fn.parentPath.node as t.ObjectProperty | t.ClassProperty)
        : undefined;
  if (!owner) return undefined;
  if (!owner.computed) return memberName(owner.key);
  const key = keyOf(owner.key, fn.scope, ctx);
  return key.kind === "name" ? key.name : key.kind === "dynamic" ? ANY_NAME : undefined;
}

/**
 * What `x.name(…)` on a receiver of unknown origin may give: any member called `name` that the
 * program defines (a method, a function-valued property, a member under a run-time key), each
 * adding to this call's arguments as a helper does. Built once per name and audit, apart for the
 * call-site-free measure (see intrinsic).
 */
function namedMemberDepth(at: NodePath, name: string, args: () => number, ctx: AuditContext, guard: number): number {
  const key = name;
  const memo = (ctx.namedMembers ??= new Map());
  let found = memo.get(key);
  if (!found) {
    memo.set(key, { ret: 0, own: 0 }); // a member that calls another of its name must not come back here
    let ret = 0;
    let own = 0;
    for (const fn of methodCalls(at, ctx).members(name)) {
      ret = Math.max(ret, functionReturnDepth(fn.node, fn.scope, ctx, guard));
      own = Math.max(
        own,
        intrinsic(ctx, () => functionReturnDepth(fn.node, fn.scope, ctx, guard)),
      );
    }
    found = { ret, own };
    memo.set(key, found);
  }
  return addsToArguments(found.ret, found.own, args);
}

/** How each kind of expression passes on the depth of the values it is made of. */
const EXPRESSION_DEPTH: { [K in t.Node["type"]]?: Depth<Extract<t.Node, { type: K }>> } = {
  MemberExpression: memberDepth,
  OptionalMemberExpression: memberDepth,
  CallExpression: callDepth,
  OptionalCallExpression: callDepth,
  // `await x` is x, or — when x is a thenable — whatever its `then` hands its first callback.
  AwaitExpression: (n, scope, ctx, guard) =>
    Math.max(deeper(n.argument, scope, ctx, guard), thenableDepth(scope.path, ctx, guard)),
  // lookup`${o}${k}` calls its tag with the substitutions: a tag that returns a lookup adds to them.
  TaggedTemplateExpression: (n, scope, ctx, guard) => {
    const tag = unwrapTs(n.tag);
    const own = deeper(tag, scope, ctx, guard);
    if (tag.type !== "Identifier") return own;
    const binding = scope.getBinding(tag.name);
    const ret = addsToArguments(
      returnDepth(binding, ctx, guard),
      intrinsic(ctx, () => returnDepth(binding, ctx, guard)),
      () => deepest(n.quasi.expressions, scope, ctx, guard),
    );
    return Math.max(own, ret);
  },
  // `new Map([["f", o[k]]])`, `new Set([o[k]])`: a collection built from values holds their depth.
  // `new Box(o[k])`: an instance of a local class is as deep as its deepest field.
  NewExpression: (n, scope, ctx, guard) => {
    const callee = unwrapTs(n.callee);
    if (callee.type !== "Identifier") return 0;
    const local = holderOf(callee, scope, true);
    if (local?.isClass()) return instanceDepth(local, ctx, guard);
    if (!["Map", "Set", "WeakMap", "WeakSet", "Array"].includes(callee.name)) return 0;
    return deepest(n.arguments, scope, ctx, guard);
  },
  // A literal container has the depth of its deepest element: `[o[k]][0]` is still `o[k]`.
  ArrayExpression: (n, scope, ctx, guard) =>
    deepest(
      n.elements.filter((el) => el !== null),
      scope,
      ctx,
      guard,
    ),
  ObjectExpression: (n, scope, ctx, guard) =>
    deepest(
      n.properties.flatMap((p) => (p.type === "SpreadElement" ? [p.argument] : p.type === "ObjectProperty" ? [p.value] : [])),
      scope,
      ctx,
      guard,
    ),
  LogicalExpression: (n, scope, ctx, guard) => deepest([n.left, n.right], scope, ctx, guard),
  ConditionalExpression: (n, scope, ctx, guard) => deepest([n.consequent, n.alternate], scope, ctx, guard),
  SequenceExpression: (n, scope, ctx, guard) => deeper(n.expressions[n.expressions.length - 1]!, scope, ctx, guard),
  AssignmentExpression: (n, scope, ctx, guard) => deeper(n.right, scope, ctx, guard),
  Identifier: (n, scope, ctx, guard) => bindingDepth(scope.getBinding(n.name), ctx, guard),
  ThisExpression: (_n, scope, ctx, guard) => plainThisDepth(scope, ctx, guard),
  // `const got = yield x`: what a caller sends in with `it.next(v)` (any `.next(…)` of the program).
  YieldExpression: (_n, scope, ctx, guard) => {
    let depth = 0;
    for (const call of methodCalls(scope.path, ctx).get("next"))
      for (const arg of call.get("arguments") as NodePath[]) depth = Math.max(depth, containedDepth(arg, ctx, guard + 1));
    return depth;
  },
};

/**
 * `this` in a plain function (not a method: there it is the skill or its class, see
 * thisFieldDepth) is whatever the function is given as a receiver: a `thisArg`
 * (`list.map(fn, o[k])`), `.call(x)`, `.apply(x)`, `.bind(x)`. Every argument of every call the
 * function is handed to, or called through, may be it.
 */
function plainThisDepth(scope: Scope, ctx: AuditContext, guard: number): number {
  let s: Scope | undefined = scope;
  while (s && s.path.isArrowFunctionExpression()) s = s.parent;
  const fnPath = s?.path;
  if (ctx.intrinsic || !fnPath || !fnPath.isFunction() || thisHolder(scope)) return 0;
  const sources: NodePath[] = [];
  const around = (at: NodePath): void => {
    const parent = at.parentPath;
    if (!parent) return;
    if (
      (parent.isCallExpression() || parent.isOptionalCallExpression()) &&
      parent.node.arguments.includes(at.node as t.Expression)
    ) {
      const callee = parent.get("callee") as NodePath;
      if (callee.isMemberExpression() || callee.isOptionalMemberExpression()) sources.push(callee.get("object") as NodePath);
      for (const arg of parent.get("arguments") as NodePath[]) if (arg.node !== at.node) sources.push(arg);
    } else if (isMemberNode(parent.node) && parent.node.object === at.node) {
      const grand = parent.parentPath;
      if (grand && (grand.isCallExpression() || grand.isOptionalCallExpression()) && grand.node.callee === parent.node)
        sources.push(...(grand.get("arguments") as NodePath[]));
    }
  };
  around(fnPath);
  for (const ref of namedFunctionRefs(fnPath) ?? []) around(ref);
  let depth = 0;
  for (const source of sources) depth = Math.max(depth, containedDepth(source, ctx, guard + 1));
  return depth;
}

function bindingDepth(binding: Binding | undefined, ctx: AuditContext, guard: number): number {
  if (!binding || binding.kind === "hoisted") return 0;
  const known = ctx.taint.get(binding);
  if (known !== undefined) return known;
  ctx.taint.set(binding, 0);
  const p = binding.path;
  let depth = 0;
  const loop = p.isVariableDeclarator() && !p.node.init && p.parentPath?.key === "left" ? p.parentPath.parentPath : null;
  if (p.isCatchClause() || p.parentPath?.isCatchClause()) {
    // `catch (e)`: whatever any `throw` of the program threw (a throw in a called function lands here too).
    depth = thrownDepth(p, ctx, guard);
  } else if (binding.kind === "param") {
    depth = paramDepth(binding, ctx, guard);
  } else if (loop?.isForOfStatement()) {
    // `for (const f of [o[k]])`: the loop variable may be anything the iterated value holds.
    depth = containedDepth(loop.get("right") as NodePath, ctx, guard + 1);
  } else if (p.isVariableDeclarator() && p.node.init) {
    // A destructured part shares the depth of its source (`const { x } = o[k]` is `o[k].x`), and
    // may be anything the source holds: a getter's return (`const { v } = { get v() {…} }`), what
    // a custom iterable yields (`const [a] = it`).
    depth =
      p.node.id.type === "Identifier"
        ? lookupDepth(p.node.init, p.scope, ctx, guard + 1)
        : containedDepth(p.get("init") as NodePath, ctx, guard + 1);
  }
  for (const v of binding.constantViolations) {
    if (v.node.type === "AssignmentExpression") depth = Math.max(depth, lookupDepth(v.node.right, v.scope, ctx, guard + 1));
  }
  // `(chosen = src[key]) => …`, `const { fmt = pick(o, k) } = …`: a default is a value it may hold.
  const fallback = binding.identifier && defaultOf(binding);
  if (fallback) depth = Math.max(depth, lookupDepth(fallback.node, fallback.scope, ctx, guard + 1));
  depth = Math.max(depth, storedDepth(binding, ctx, guard));
  if (ctx.selfStored.has(binding)) depth += 1;
  ctx.taint.set(binding, depth);
  return depth;
}

/** The deepest value any `throw` in the program throws. */
function thrownDepth(at: NodePath, ctx: AuditContext, guard: number): number {
  let depth = 0;
  at.scope.getProgramParent().path.traverse({
    ThrowStatement(q) {
      depth = Math.max(depth, containedDepth(q.get("argument") as NodePath, ctx, guard + 1));
    },
  });
  return depth;
}

/** The default value of a parameter or destructured name (`x = …` in a pattern), if it has one. */
function defaultOf(binding: Binding): NodePath | undefined {
  let found: NodePath | undefined;
  const search = binding.kind === "param" ? binding.path : binding.path.isVariableDeclarator() ? binding.path.get("id") : null;
  if (!search || Array.isArray(search)) return undefined;
  const visit = (p: NodePath): void => {
    if (p.isAssignmentPattern() && p.node.left === binding.identifier) found = p.get("right") as NodePath;
  };
  visit(search as NodePath);
  if (!found) (search as NodePath).traverse({ AssignmentPattern: (p) => visit(p) });
  return found;
}

const STORING_METHODS = new Set(["push", "unshift", "set", "add", "splice", "fill"]);

/**
 * Stores below the first member (`box.a.b = o[k]`, `box.a[i] = o[k]`, `box.a.push(o[k])`): what
 * is put into a part of a container is in the container too.
 */
function nestedStoreDepth(first: NodePath, ctx: AuditContext, guard: number): number {
  let at = first;
  let steps = 0;
  while (at.parentPath && isMemberNode(at.parentPath.node) && at.parentPath.node.object === at.node) {
    at = at.parentPath;
    steps++;
  }
  if (steps === 0) return 0; // the direct stores are storedDepth's own
  const use = at.parentPath;
  if (use?.isAssignmentExpression() && use.node.left === at.node) return lookupDepth(use.node.right, use.scope, ctx, guard + 1);
  const last = at.node as t.MemberExpression;
  if (
    (use?.isCallExpression() || use?.isOptionalCallExpression()) &&
    use.node.callee === at.node &&
    !last.computed &&
    STORING_METHODS.has(memberName(last.property) ?? "")
  ) {
    return argumentsDepth(use.node, use.scope, ctx, guard);
  }
  return 0;
}

/**
 * A container holds whatever is put into it later: `box.f = o[k]`, `list[i] = o[k]`,
 * `list.push(o[k])`, `map.set(key, o[k])`, `set.add(o[k])` give `box`, `list`, `map`, `set`
 * the depth of what they received.
 */
function storedDepth(binding: Binding, ctx: AuditContext, guard: number): number {
  let depth = 0;
  for (const ref of binding.referencePaths) {
    // `Object.assign(target, { h: o[k] })` copies what the sources hold into the target.
    const call = ref.parentPath;
    if ((call?.isCallExpression() || call?.isOptionalCallExpression()) && call.node.arguments[0] === ref.node) {
      const callee = unwrapTs(call.node.callee);
      if (
        isMemberNode(callee) &&
        !callee.computed &&
        unwrapTs(callee.object).type === "Identifier" &&
        (unwrapTs(callee.object) as t.Identifier).name === "Object" &&
        memberName(callee.property) === "assign"
      ) {
        for (const source of (call.get("arguments") as NodePath[]).slice(1))
          depth = Math.max(
            depth,
            containedDepth(source.isSpreadElement() ? (source.get("argument") as NodePath) : source, ctx, guard + 1),
          );
      }
    }
    const member = ref.parentPath;
    if (!member || !(member.isMemberExpression() || member.isOptionalMemberExpression()) || member.node.object !== ref.node)
      continue;
    depth = Math.max(depth, nestedStoreDepth(member, ctx, guard));
    const use = member.parentPath;
    if (use?.isAssignmentExpression() && use.node.left === member.node) {
      // `acc[k] = acc[k] ?? []` puts back an element of `acc` itself (or a fresh literal). Read
      // again by a dynamic key it is what such a read always gives; but under another name
      // (`acc.x`, `Object.values(acc)`) it may be what `acc[k]` reached with k = "constructor":
      // so `acc` is one deeper, and its dynamic reads add nothing more (selfStored).
      const outer = ctx.selfMember;
      const outerRead = ctx.selfRead;
      ctx.selfMember = member.node;
      ctx.selfRead = false;
      try {
        depth = Math.max(depth, lookupDepth(use.node.right, use.scope, ctx, guard + 1));
        if (ctx.selfRead && member.node.computed && keyOf(member.node.property, member.scope, ctx).kind === "dynamic")
          ctx.selfStored.add(binding);
      } finally {
        ctx.selfMember = outer;
        ctx.selfRead = outerRead;
      }
    } else if (
      (use?.isCallExpression() || use?.isOptionalCallExpression()) &&
      use.node.callee === member.node &&
      !member.node.computed &&
      member.node.property.type === "Identifier" &&
      STORING_METHODS.has(member.node.property.name)
    ) {
      depth = Math.max(depth, argumentsDepth(use.node, use.scope, ctx, guard));
    }
  }
  return depth;
}

/** A local function returning `o[a][b]` passes the depth on to its callers (aliases through returns). */
function returnDepth(binding: Binding | undefined, ctx: AuditContext, guard: number): number {
  if (!binding) return 0;
  const known = ctx.returnTaint.get(binding);
  if (known !== undefined) return known;
  ctx.returnTaint.set(binding, 0);
  const p = binding.path;
  // `const get = read.bind(o)`: calling it calls `read`.
  const bound =
    p.isVariableDeclarator() && binding.constant && p.node.init ? boundFunction(p.get("init") as NodePath) : undefined;
  if (bound) {
    const depth = returnDepth(bound.scope.getBinding(bound.name), ctx, guard + 1);
    ctx.returnTaint.set(binding, depth);
    return depth;
  }
  const fnPath = p.isFunctionDeclaration()
    ? p
    : p.isVariableDeclarator() && binding.constant && p.node.init
      ? (p.get("init") as NodePath)
      : null;
  const fn = fnPath?.node;
  const depth =
    fnPath &&
    fn &&
    (fn.type === "FunctionDeclaration" || fn.type === "FunctionExpression" || fn.type === "ArrowFunctionExpression")
      ? functionReturnDepth(fn, fnPath.scope, ctx, guard)
      : 0;
  ctx.returnTaint.set(binding, depth);
  return depth;
}

/** `f.bind(…)`: the local function name it binds, with the scope to resolve it in. */
function boundFunction(init: NodePath): { name: string; scope: Scope } | undefined {
  const n = unwrapTs(init.node);
  if (n.type !== "CallExpression") return undefined;
  const callee = unwrapTs(n.callee);
  if (!isMemberNode(callee) || callee.computed || memberName(callee.property) !== "bind") return undefined;
  const target = unwrapTs(callee.object);
  return target.type === "Identifier" ? { name: target.name, scope: init.scope } : undefined;
}

function functionReturnDepth(
  fn: t.Function,
  scope: Scope,
  ctx: AuditContext,
  guard: number,
  of: (n: t.Node, scope: Scope, ctx: AuditContext, guard: number) => number = lookupDepth,
): number {
  if (fn.body.type !== "BlockStatement") return of(fn.body, scope, ctx, guard + 1);
  let depth = 0;
  for (const ret of collectReturns(fn.body)) {
    if (ret.argument) depth = Math.max(depth, of(ret.argument, scope, ctx, guard + 1));
  }
  return depth;
}

/**
 * What one step of a reduce hands the next: a lookup it returns (`(o, k) => o[k]`) walks one hop
 * further each step, but a fresh object or array holding one (`({ ...acc, [k]: [...acc[k], x] })`,
 * the everyday group-by) is a wrapper the next step's lookup only unwraps again; what it spreads
 * in (`({ ...acc[k] })`) is copied up a level, and walks on.
 */
function stepDepth(n: t.Node, scope: Scope, ctx: AuditContext, guard: number): number {
  const x = unwrapTs(n);
  if (x.type === "ObjectExpression")
    return deepest(
      x.properties.flatMap((p) => (p.type === "SpreadElement" ? [p.argument] : [])),
      scope,
      ctx,
      guard,
    );
  if (x.type === "ArrayExpression")
    return deepest(
      x.elements.flatMap((e) => (e?.type === "SpreadElement" ? [e.argument] : [])),
      scope,
      ctx,
      guard,
    );
  if (x.type === "ConditionalExpression")
    return Math.max(stepDepth(x.consequent, scope, ctx, guard), stepDepth(x.alternate, scope, ctx, guard));
  if (x.type === "LogicalExpression")
    return Math.max(stepDepth(x.left, scope, ctx, guard), stepDepth(x.right, scope, ctx, guard));
  if (x.type === "SequenceExpression") return stepDepth(x.expressions[x.expressions.length - 1]!, scope, ctx, guard);
  return lookupDepth(x, scope, ctx, guard);
}

/** Return statements of a function body, not of nested functions (a plain node walk). */
/** The returns of a body, and its yields (a generator's values reach its caller through `next()`, spread, `Array.from` …). */
function collectReturns(body: t.BlockStatement): { argument?: t.Node | null }[] {
  const out: { argument?: t.Node | null }[] = [];
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const n = stack.pop() as { type?: string } | null;
    if (!n || typeof n !== "object") continue;
    if (Array.isArray(n)) {
      stack.push(...n);
      continue;
    }
    if (typeof n.type !== "string") continue;
    if (n.type === "ReturnStatement" || n.type === "YieldExpression") out.push(n as t.ReturnStatement | t.YieldExpression);
    if (n.type.includes("Function") || n.type === "ClassMethod" || n.type === "ObjectMethod") continue;
    for (const [k, v] of Object.entries(n)) {
      if (k !== "loc" && k !== "extra" && v && typeof v === "object") stack.push(v);
    }
  }
  return out;
}

/**
 * The parameters of a callback carry the deepest lookup its call can see. In
 * `Promise.resolve(o[k]).then((f) => f[k](code))`, `[o[k]].map((f) => …)`, `Array.from(o[k], …)`
 * or `((f) => …)(o[k])` the parameter may be `o[k]`: it gets the depth of the receiver, of the
 * other arguments, and of anything inside them (variables they name, functions they contain),
 * since a library call can hand any of those to the callback. Parameters of functions that are
 * not passed to a call (methods, declarations) start at zero, as before.
 */
function paramDepth(binding: Binding, ctx: AuditContext, guard: number): number {
  const fnPath = binding.scope.path;
  if (!fnPath.isFunction()) return 0;
  const call = fnPath.parentPath;
  if (!call || !(call.isCallExpression() || call.isOptionalCallExpression() || call.isNewExpression()))
    return calledWithDepth(fnPath, binding, ctx, guard);
  const sources: NodePath[] = [];
  if (fnPath.key === "callee") {
    sources.push(...(call.get("arguments") as NodePath[]));
  } else if (fnPath.listKey === "arguments") {
    const callee = call.get("callee") as NodePath;
    if (callee.isMemberExpression() || callee.isOptionalMemberExpression()) sources.push(callee.get("object") as NodePath);
    for (const arg of call.get("arguments") as NodePath[]) if (arg.node !== fnPath.node) sources.push(arg);
  }
  let depth = 0;
  for (const source of sources) depth = Math.max(depth, containedDepth(source, ctx, guard + 1));
  return depth;
}

/**
 * A parameter of a function declared by name (`function run(f, k)`, `const run = (f, k) => …`, a
 * method `run(f, k) {…}`): the deepest lookup in what any call site passes at its position
 * (`run(rows[a], b)` makes `f` one hop deep). A named function's calls are its binding's call
 * references (or, handed to a call as a callback, what that call holds); a method's are every
 * `.name(…)` call in the program, whatever the receiver. `f.call(…)`/`f.apply(…)` pass anything.
 */
function calledWithDepth(fnPath: NodePath<t.Function>, param: Binding, ctx: AuditContext, guard: number): number {
  if (ctx.intrinsic) return 0;
  const fn = fnPath.node;
  const index = (fnPath.get("params") as NodePath[]).findIndex((p) =>
    Object.values(p.getBindingIdentifiers()).includes(param.identifier),
  );
  if (index < 0) return 0;
  const rest = fn.params[index]!.type === "RestElement";
  const atPosition = (args: readonly NodePath[]): NodePath[] => (rest ? args.slice(index) : args.slice(index, index + 1));
  const spreadBefore = (args: readonly NodePath[]): boolean => args.slice(0, index).some((a) => a.isSpreadElement());
  const sources: NodePath[] = [];
  const fromCall = (call: NodePath<t.CallExpression | t.OptionalCallExpression | t.NewExpression>): void => {
    const args = call.get("arguments") as NodePath[];
    sources.push(...(spreadBefore(args) ? args : atPosition(args)));
  };
  const holder = fnPath.parentPath;
  const refs = namedFunctionRefs(fnPath);
  if (refs) {
    for (const ref of refs) {
      const parent = ref.parentPath;
      if (!parent) continue;
      if (
        (parent.isCallExpression() || parent.isOptionalCallExpression() || parent.isNewExpression()) &&
        parent.node.callee === ref.node
      ) {
        fromCall(parent);
      } else if (
        (parent.isCallExpression() || parent.isOptionalCallExpression()) &&
        parent.node.arguments.includes(ref.node as t.Expression)
      ) {
        // Handed to a call as a callback: it gets what that call holds, as an inline one would.
        const callee = parent.get("callee") as NodePath;
        if (callee.isMemberExpression() || callee.isOptionalMemberExpression()) sources.push(callee.get("object") as NodePath);
        for (const arg of parent.get("arguments") as NodePath[]) if (arg.node !== ref.node) sources.push(arg);
      } else if (parent.isTaggedTemplateExpression() && parent.node.tag === ref.node) {
        // lookup`${o}${k}`: the substitutions are the arguments after the strings.
        sources.push(...((parent.get("quasi") as NodePath<t.TemplateLiteral>).get("expressions") as NodePath[]));
      } else if (isMemberNode(parent.node) && parent.node.object === ref.node) {
        const grand = parent.parentPath;
        if (grand && (grand.isCallExpression() || grand.isOptionalCallExpression()) && grand.node.callee === parent.node)
          sources.push(...(grand.get("arguments") as NodePath[]));
      }
    }
  } else if (fnPath.isClassMethod() && fnPath.node.kind === "constructor") {
    // A constructor's parameters are the arguments of `new` (and of a subclass's `super(…)`).
    for (const call of constructorCalls(fnPath.parentPath!.parentPath as NodePath<t.Class>)) fromCall(call);
  } else if (
    (fnPath.isObjectMethod() || fnPath.isClassMethod() || fnPath.isClassPrivateMethod()) &&
    !(fn as t.ObjectMethod).computed
  ) {
    const method = memberName((fn as t.ObjectMethod | t.ClassMethod | t.ClassPrivateMethod).key);
    if (method !== undefined) for (const call of methodCalls(fnPath, ctx).get(method) ?? []) fromCall(call);
    // A setter's parameter is what any `x.name = …` assigns.
    if (method !== undefined && (fn as t.ObjectMethod).kind === "set")
      for (const store of memberStores(fnPath, ctx).get(method) ?? []) sources.push(store);
  } else if (holder?.isObjectProperty() && !holder.node.computed) {
    const method = memberName(holder.node.key);
    if (method !== undefined) for (const call of methodCalls(fnPath, ctx).get(method) ?? []) fromCall(call);
  }
  let depth = 0;
  for (const source of sources) depth = Math.max(depth, containedDepth(source, ctx, guard + 1));
  return depth;
}

/**
 * The calls that run a class's constructor: `new C(…)` through the class's name, and every
 * `super(…)` of the program (a subclass hands its arguments on). When the class is also used as a
 * value (passed, stored, returned), any `new` of the program with a callee that is not a known
 * builtin may be one.
 */
function constructorCalls(cls: NodePath<t.Class>): NodePath<t.CallExpression | t.NewExpression>[] {
  const out: NodePath<t.CallExpression | t.NewExpression>[] = [];
  const id = cls.isClassDeclaration()
    ? cls.node.id
    : cls.parentPath?.isVariableDeclarator() && cls.parentPath.node.id.type === "Identifier"
      ? cls.parentPath.node.id
      : null;
  const refs = id ? (cls.parentPath!.scope.getBinding(id.name)?.referencePaths ?? []) : [];
  let escapes = !id;
  for (const ref of refs) {
    const parent = ref.parentPath;
    if (parent?.isNewExpression() && parent.node.callee === ref.node) out.push(parent);
    else if (!(parent?.isClass() && parent.node.superClass === ref.node)) escapes = true;
  }
  const program = cls.scope.getProgramParent().path;
  program.traverse({
    CallExpression(q) {
      if (q.node.callee.type === "Super") out.push(q);
    },
    NewExpression(q) {
      if (!escapes) return;
      const callee = unwrapTs(q.node.callee);
      if (callee.type !== "Identifier" || q.scope.getBinding(callee.name)) out.push(q);
    },
  });
  return out;
}

/** An instance of a local class: as deep as the deepest of its fields (and getters). */
function instanceDepth(cls: NodePath<t.Class>, ctx: AuditContext, guard: number): number {
  const names = new Set<string>();
  for (const member of cls.node.body.body) {
    if (
      (member.type === "ClassProperty" || member.type === "ClassPrivateProperty" || member.type === "ClassMethod") &&
      !member.static
    ) {
      const name = member.type === "ClassMethod" && member.kind !== "get" ? undefined : memberName(member.key);
      if (name !== undefined && !(member.type === "ClassProperty" && member.computed)) names.add(name);
    }
  }
  cls.traverse({
    AssignmentExpression(q) {
      const left = unwrapTs(q.node.left);
      if (isMemberNode(left) && !left.computed && unwrapTs(left.object).type === "ThisExpression") {
        const name = memberName(left.property);
        if (name !== undefined) names.add(name);
      }
    },
  });
  let depth = 0;
  for (const name of names) depth = Math.max(depth, fieldDepth(cls, name, ctx, guard + 1));
  return depth;
}

/** The right side of every `x.name = …` in the program, by name (built once per audit). */
function memberStores(at: NodePath, ctx: AuditContext): Map<string, NodePath[]> {
  if (ctx.memberStores) return ctx.memberStores;
  const stores = new Map<string, NodePath[]>();
  at.scope.getProgramParent().path.traverse({
    AssignmentExpression(p) {
      const left = unwrapTs(p.node.left);
      if (!isMemberNode(left) || left.computed) return;
      const name = memberName(left.property);
      if (name === undefined) return;
      const list = stores.get(name) ?? [];
      list.push(p.get("right") as NodePath);
      stores.set(name, list);
    },
  });
  ctx.memberStores = stores;
  return stores;
}

/**
 * A member that may be a thenable's `then` (an object or class member, or a store `x.then = …`):
 * named so, or a function stored under a computed key, which is settled later (a constant
 * "then", or a name chosen at run time). A computed key holding anything but a function literal
 * is not one: `totals[cat] = …`, the everyday group-by, must not make every `await` deep.
 */
function mayDefineThen(node: t.Node): boolean {
  const named = (key: t.Node): boolean =>
    (key.type === "Identifier" && key.name === "then") || (key.type === "StringLiteral" && key.value === "then");
  const isFunction = (value: t.Node | null | undefined): boolean =>
    !!value && (unwrapTs(value).type === "FunctionExpression" || unwrapTs(value).type === "ArrowFunctionExpression");
  const computedMayBe = (key: t.Node): boolean =>
    key.type === "StringLiteral" ? key.value === "then" : key.type !== "NumericLiteral";
  switch (node.type) {
    case "ObjectMethod":
    case "ClassMethod":
      return node.computed ? computedMayBe(node.key) : named(node.key);
    case "ObjectProperty":
    case "ClassProperty":
      return node.computed ? computedMayBe(node.key) && isFunction(node.value as t.Node) : named(node.key);
    case "AssignmentExpression": {
      const left = unwrapTs(node.left);
      if (!isMemberNode(left)) return false;
      return left.computed ? computedMayBe(left.property) && isFunction(node.right) : named(left.property);
    }
    default:
      return false;
  }
}

/**
 * What `await` can give beyond its operand: a thenable's `then` hands its first callback a value
 * (`{ then(done) { done(o[k]) } }`), and that value is what the `await` evaluates to — however the
 * thenable reached it (a variable, a helper's return, `Promise.resolve(…)`, `Promise.all([…])`).
 * So every `await` in the program may be the deepest value any `then` of the program hands out.
 * A program that defines no `then` adds nothing.
 */
function thenableDepth(at: NodePath, ctx: AuditContext, guard: number): number {
  if (ctx.thenDepth !== undefined) return ctx.thenDepth;
  ctx.thenDepth = 0; // a `then` that itself awaits must not come back here
  let depth = 0;
  for (const def of methodCalls(at, ctx).thenDefinitions()) {
    const node = def.node as t.ObjectMethod | t.ObjectProperty | t.ClassMethod | t.ClassProperty | t.AssignmentExpression;
    const key = node.type === "AssignmentExpression" ? (unwrapTs(node.left) as t.MemberExpression).property : node.key;
    const computed = node.type === "AssignmentExpression" ? (unwrapTs(node.left) as t.MemberExpression).computed : node.computed;
    if (computed) {
      const k = keyOf(key, def.scope, ctx);
      if (k.kind === "numeric" || (k.kind === "name" && k.name !== "then")) continue;
    }
    const value =
      node.type === "AssignmentExpression"
        ? (def.get("right") as NodePath)
        : node.type === "ObjectProperty" || node.type === "ClassProperty"
          ? (def.get("value") as NodePath)
          : def;
    if (value.node) depth = Math.max(depth, containedDepth(value, ctx, guard + 1));
  }
  ctx.thenDepth = depth;
  return depth;
}

/** Where a function declared by name (`function f`, `const f = …`) is referenced; undefined for any other. */
function namedFunctionRefs(fnPath: NodePath<t.Function>): NodePath[] | undefined {
  const holder = fnPath.parentPath;
  if (fnPath.isFunctionDeclaration())
    return fnPath.node.id ? (fnPath.parentPath!.scope.getBinding(fnPath.node.id.name)?.referencePaths ?? []) : undefined;
  if (holder?.isVariableDeclarator() && holder.node.id.type === "Identifier")
    return holder.scope.getBinding(holder.node.id.name)?.referencePaths ?? [];
  return undefined;
}

/** The deepest of a call's arguments (what `.push(…)`, `.set(…)` store). */
function argumentsDepth(
  call: t.CallExpression | t.OptionalCallExpression,
  scope: Scope,
  ctx: AuditContext,
  guard: number,
): number {
  let depth = 0;
  for (const arg of call.arguments)
    depth = Math.max(depth, lookupDepth(arg.type === "SpreadElement" ? arg.argument : arg, scope, ctx, guard + 1));
  return depth;
}

type MethodCalls = NonNullable<AuditContext["methodCalls"]>;
// Positions, comments and TypeScript types hold no call.
const SKIPPED_KEYS = new Set([
  "loc",
  "extra",
  "start",
  "end",
  "range",
  "leadingComments",
  "trailingComments",
  "innerComments",
  "comments",
  "tokens",
  "typeAnnotation",
  "returnType",
  "typeParameters",
  "superTypeParameters",
  "implements",
]);

/**
 * Every call `x.name(…)` in the program, by name (built once per audit). A walk over the plain
 * nodes finds them (a Babel traversal of the whole program would cost the audit ~7%); only the
 * calls of a name asked for are turned into paths, from the keys that lead to each.
 */
function methodCalls(at: NodePath, ctx: AuditContext): MethodCalls {
  if (ctx.methodCalls) return ctx.methodCalls;
  const program = at.scope.getProgramParent().path;
  const found = new Map<string, string[]>();
  const thens: string[] = [];
  // Functions that are members (methods, function-valued properties), by name; under a computed key, apart.
  const memberFns = new Map<string, string[]>();
  const computedFns: string[] = [];
  const indexMember = (node: t.Node, step: Step | null): void => {
    let key: t.Node;
    let computed: boolean;
    let at: string;
    if (node.type === "ObjectMethod" || node.type === "ClassMethod" || node.type === "ClassPrivateMethod") {
      if (node.kind !== "method") return;
      key = node.key;
      computed = node.type !== "ClassPrivateMethod" && node.computed;
      at = spell(step);
    } else if (node.type === "ObjectProperty" || node.type === "ClassProperty") {
      const value = node.value ? unwrapTs(node.value) : undefined;
      if (!value || (value.type !== "FunctionExpression" && value.type !== "ArrowFunctionExpression")) return;
      if (value !== node.value) return; // a function behind a type assertion: rare, and read as a value
      key = node.key;
      computed = node.computed;
      at = `${spell(step)}.value`;
    } else return;
    if (computed) {
      computedFns.push(at);
      return;
    }
    const name = key.type === "StringLiteral" ? key.value : memberName(key);
    if (name === undefined) return;
    const list = memberFns.get(name) ?? [];
    list.push(at);
    memberFns.set(name, list);
  };
  // Each entry keeps the link to its parent's, so a path is spelled out only for a call found.
  interface Step {
    key: string;
    up: Step | null;
  }
  const spell = (step: Step | null): string => {
    const keys: string[] = [];
    for (let x = step; x; x = x.up) keys.push(x.key);
    return keys.reverse().join(".");
  };
  const stack: [unknown, Step | null][] = [[program.node, null]];
  while (stack.length > 0) {
    const [n, step] = stack.pop()!;
    if (Array.isArray(n)) {
      for (let i = 0; i < n.length; i++) if (n[i] && typeof n[i] === "object") stack.push([n[i], { key: String(i), up: step }]);
      continue;
    }
    const node = n as t.Node;
    if (typeof node.type !== "string") continue;
    if (node.type === "CallExpression" || node.type === "OptionalCallExpression") {
      const callee = unwrapTs(node.callee);
      const name = isMemberNode(callee) && !callee.computed ? memberName(callee.property) : undefined;
      if (name !== undefined) {
        const list = found.get(name) ?? [];
        list.push(spell(step));
        found.set(name, list);
      }
    } else {
      if (mayDefineThen(node)) thens.push(spell(step));
      indexMember(node, step);
    }
    for (const k in node) {
      if (SKIPPED_KEYS.has(k)) continue;
      const v = (node as unknown as Record<string, unknown>)[k];
      if (v && typeof v === "object") stack.push([v, { key: k, up: step }]);
    }
  }
  const calls = new Map<string, NodePath<t.CallExpression | t.OptionalCallExpression>[]>();
  let thenPaths: NodePath[] | undefined;
  ctx.methodCalls = {
    thenDefinitions: () => (thenPaths ??= thens.map((w) => program.get(w) as NodePath)),
    members(name) {
      const named = (memberFns.get(name) ?? []).map((w) => program.get(w) as NodePath<t.Function>);
      const computed = computedFns.map((w) => program.get(w) as NodePath<t.Function>);
      return [...named, ...computed.filter((fn) => memberNameOf(fn, ctx) === name || memberNameOf(fn, ctx) === ANY_NAME)];
    },
    get(name) {
      let list = calls.get(name);
      if (!list) {
        list = (found.get(name) ?? []).map((w) => program.get(w) as NodePath<t.CallExpression | t.OptionalCallExpression>);
        calls.set(name, list);
      }
      return list;
    },
  };
  return ctx.methodCalls;
}

/** The deepest lookup anywhere inside an expression, following the variables it names. */
interface Walk {
  ctx: AuditContext;
  guard: number;
  depth: number;
}

// Visitors are built once: Babel explodes a visitor object the first time it sees it.
const CONTAINED: Visitor<Walk> = {
  Expression(q, w) {
    // A part measured before (the receiver of the previous callback in a chain) is not walked
    // again: every node is walked once per audit, however long the chain.
    const part = w.ctx.containedNodes.get(q.node);
    if (part !== undefined) {
      w.depth = Math.max(w.depth, part);
      q.skip();
      return;
    }
    // A nested function contributes only what it hands out, not every lookup in its body: a
    // filter predicate that reads r[a][b] returns a boolean.
    if (q.isFunction()) {
      w.depth = Math.max(w.depth, handedOutDepth(q, w.ctx, w.guard));
      q.skip();
      return;
    }
    w.depth = Math.max(w.depth, lookupDepth(q.node, q.scope, w.ctx, w.guard));
    if (q.isIdentifier()) w.depth = Math.max(w.depth, initDepth(q.scope.getBinding(q.node.name), w.ctx, w.guard));
  },
};

function containedDepth(root: NodePath, ctx: AuditContext, guard: number): number {
  if (guard > 16) return 0;
  if (root.isFunction()) return handedOutDepth(root, ctx, guard);
  const known = ctx.containedNodes.get(root.node);
  if (known !== undefined) return known;
  const w: Walk = { ctx, guard, depth: lookupDepth(root.node, root.scope, ctx, guard) };
  if (root.isIdentifier()) w.depth = Math.max(w.depth, initDepth(root.scope.getBinding(root.node.name), ctx, guard));
  root.traverse(CONTAINED, w);
  ctx.containedNodes.set(root.node, w.depth);
  return w.depth;
}

interface HandOut extends Walk {
  fn: NodePath<t.Function>;
  params: Set<string>;
}

const HANDED_OUT: Visitor<HandOut> = {
  Function(q) {
    q.skip();
  },
  ReturnStatement(q, h) {
    out(q.get("argument") as NodePath, h);
  },
  YieldExpression(q, h) {
    out(q.get("argument") as NodePath, h);
  },
  CallExpression(q, h) {
    const callee = q.node.callee;
    if (callee.type === "Identifier" && h.params.has(callee.name) && q.scope.getBinding(callee.name)?.scope === h.fn.scope) {
      for (const arg of q.get("arguments") as NodePath[]) out(arg, h);
    }
  },
};

function out(p: NodePath | null | undefined, h: HandOut): void {
  if (p?.node) h.depth = Math.max(h.depth, containedDepth(p, h.ctx, h.guard + 1));
}

/**
 * What a function hands out: what it returns (or its arrow body), what it yields, and what it
 * passes to the callbacks it was given (`(resolve) => resolve(o[k])`). Nested functions count
 * through what they hand out in turn.
 */
function handedOutDepth(fn: NodePath<t.Function>, ctx: AuditContext, guard: number): number {
  const known = ctx.containedNodes.get(fn.node);
  if (known !== undefined) return known;
  ctx.containedNodes.set(fn.node, 0);
  const body = fn.get("body") as NodePath;
  const h: HandOut = { ctx, guard, depth: 0, fn, params: new Set() };
  if (body.isExpression()) {
    h.depth = containedDepth(body, ctx, guard + 1);
  } else {
    for (const param of fn.node.params) {
      const id = param.type === "AssignmentPattern" ? param.left : param;
      if (id.type === "Identifier") h.params.add(id.name);
    }
    fn.traverse(HANDED_OUT, h);
  }
  ctx.containedNodes.set(fn.node, h.depth);
  return h.depth;
}

/** What a name can hand on: a variable's initializer, or what a local function declaration hands out. */
function initDepth(binding: Binding | undefined, ctx: AuditContext, guard: number): number {
  if (!binding) return 0;
  const p = binding.path;
  const source = p.isVariableDeclarator() ? (p.get("init") as NodePath) : p.isFunctionDeclaration() ? p : null;
  if (!source?.node) return 0;
  const known = ctx.contained.get(binding);
  if (known !== undefined) return known;
  ctx.contained.set(binding, 0);
  const depth = containedDepth(source, ctx, guard + 1);
  ctx.contained.set(binding, depth);
  return depth;
}

/**
 * Called by the walk as it meets each declaration (in source order): a variable's or a callback
 * parameter's depth is worked out while everything it comes from is already known, so a long
 * chain of aliases (`a2 = [a1]`, `a3 = [a2]` …) never runs into the recursion guard, which would
 * otherwise read an unknown depth as zero.
 */
export function rememberDepths(path: NodePath, ctx: AuditContext): void {
  const names = path.isFunction()
    ? (path.get("params") as NodePath[]).flatMap((param) => Object.keys(param.getBindingIdentifiers()))
    : Object.keys(path.getBindingIdentifiers());
  for (const name of names) {
    const binding = path.isFunction() ? path.scope.getOwnBinding(name) : path.scope.getBinding(name);
    if (binding) bindingDepth(binding, ctx, 0);
  }
}

/**
 * `this.f` inside a class or object method has the depth of whatever the class or object puts in
 * `f`: assignments `this.f = …` in any of its methods, a class field `f = …`, or an object
 * literal's own `f: …`. Otherwise a value parked in a field would shed its hop count.
 */
function thisFieldDepth(name: string, scope: Scope, ctx: AuditContext, guard: number): number {
  const holder = thisHolder(scope);
  return holder ? fieldDepth(holder, name, ctx, guard) : 0;
}

/** The depth of a field of a class or object literal: its initialiser, every store into it, its getter. */
function fieldDepth(holder: NodePath<t.Class | t.ObjectExpression>, name: string, ctx: AuditContext, guard: number): number {
  let fields = ctx.thisFields.get(holder.node);
  if (!fields) {
    fields = new Map();
    ctx.thisFields.set(holder.node, fields);
  }
  const known = fields.get(name);
  if (known !== undefined) return known;
  fields.set(name, 0);
  let depth = 0;
  const named = (key: t.Node, computed: boolean) =>
    !computed && (memberName(key) === name || (key.type === "StringLiteral" && key.value === name));
  if (holder.isObjectExpression()) {
    for (const prop of holder.node.properties) {
      if (prop.type === "ObjectProperty" && named(prop.key, prop.computed))
        depth = Math.max(depth, lookupDepth(prop.value, holder.scope, ctx, guard + 1));
    }
  } else {
    for (const member of (holder.node as t.Class).body.body) {
      if (
        (member.type === "ClassProperty" || member.type === "ClassPrivateProperty") &&
        member.value &&
        named(member.key, member.type === "ClassProperty" && member.computed)
      )
        depth = Math.max(depth, lookupDepth(member.value, holder.scope, ctx, guard + 1));
    }
  }
  // A getter of that name runs on every read of `this.name`: its value is what it returns.
  depth = Math.max(depth, methodReturnDepth(holder, name, "get", ctx, guard));
  const f: FieldWalk = { ctx, guard, depth, name };
  holder.traverse(THIS_FIELDS, f);
  fields.set(name, f.depth);
  return f.depth;
}

/** The class or object literal `this` means in `scope` (arrows see their method's `this`). */
function thisHolder(scope: Scope): NodePath<t.Class | t.ObjectExpression> | null {
  let s: Scope | undefined = scope;
  while (s && s.path.isArrowFunctionExpression()) s = s.parent;
  const fn = s?.path;
  if (!fn) return null;
  const holder =
    fn.isClassMethod() || fn.isClassPrivateMethod()
      ? fn.parentPath?.parentPath
      : fn.isObjectMethod()
        ? fn.parentPath
        : fn.isFunctionExpression() && fn.parentPath?.isObjectProperty()
          ? fn.parentPath.parentPath
          : null;
  return holder && (holder.isClass() || holder.isObjectExpression()) ? holder : null;
}

/**
 * The deepest lookup returned by the methods (or function-valued members) of `holder` named
 * `name` that run on a call, or by its getters of that name, which run on a read.
 */
function methodReturnDepth(
  holder: NodePath<t.Class | t.ObjectExpression>,
  name: string | typeof ANY_NAME,
  on: "call" | "get",
  ctx: AuditContext,
  guard: number,
): number {
  const members: NodePath[] = holder.isClass()
    ? (holder as NodePath<t.Class>).get("body").get("body")
    : (holder as NodePath<t.ObjectExpression>).get("properties");
  // Per audit and per measure (the call-site-free one has its own; see intrinsic).
  const memo = (ctx.methodReturns ??= new Map());
  let depth = 0;
  for (const member of members) {
    const node = member.node as t.Node & { key?: t.Node; computed?: boolean; value?: t.Node | null };
    if (!node.key) continue;
    // A member under a computed key has the name its key folds to, or may have any name.
    let key: string | typeof ANY_NAME | undefined;
    if (node.computed) {
      const k = keyOf(node.key, member.scope, ctx);
      key = k.kind === "name" ? k.name : k.kind === "dynamic" ? ANY_NAME : undefined;
    } else {
      key =
        node.key.type === "Identifier"
          ? node.key.name
          : node.key.type === "PrivateName"
            ? `#${node.key.id.name}`
            : node.key.type === "StringLiteral"
              ? node.key.value
              : undefined;
    }
    if (key === undefined || (key !== name && key !== ANY_NAME && name !== ANY_NAME)) continue;
    let fn: NodePath<t.Function> | undefined;
    if (member.isClassMethod() || member.isClassPrivateMethod() || member.isObjectMethod()) {
      const kind = (member.node as t.ClassMethod | t.ClassPrivateMethod | t.ObjectMethod).kind;
      if ((on === "get") === (kind === "get")) fn = member as NodePath<t.Function>;
    } else if (on === "call") {
      const value = (member as NodePath<t.ClassProperty | t.ObjectProperty>).get("value") as NodePath;
      if (value.isArrowFunctionExpression() || value.isFunctionExpression()) fn = value;
    }
    if (!fn) continue;
    const known = memo.get(fn.node);
    if (known !== undefined) {
      depth = Math.max(depth, known);
      continue;
    }
    memo.set(fn.node, 0);
    const d = functionReturnDepth(fn.node, fn.scope, ctx, guard);
    memo.set(fn.node, d);
    depth = Math.max(depth, d);
  }
  return depth;
}

interface FieldWalk extends Walk {
  name: string;
}

/** Whether `node` is `this.name`, or a member reached from it (`this.name.x`, `this.name[i].y`). */
function withinThisField(node: t.Node, name: string): boolean {
  let n = unwrapTs(node);
  while (isMemberNode(n)) {
    const object = unwrapTs(n.object);
    if (object.type === "ThisExpression") return !n.computed && memberName(n.property) === name;
    n = object;
  }
  return false;
}

// What `this.name` holds: whatever is assigned to it or into it (`this.f = …`, `this.f.x = …`,
// `this.f[i] = …`) or handed to a storing method on it (`this.f.push(…)`, `this.f.cache.set(k, …)`).
const THIS_FIELDS: Visitor<FieldWalk> = {
  AssignmentExpression(q, f) {
    if (withinThisField(q.node.left, f.name)) f.depth = Math.max(f.depth, lookupDepth(q.node.right, q.scope, f.ctx, f.guard + 1));
  },
  CallExpression(q, f) {
    const callee = unwrapTs(q.node.callee);
    if (!isMemberNode(callee) || callee.computed || !STORING_METHODS.has(memberName(callee.property) ?? "")) return;
    if (!withinThisField(callee.object, f.name)) return;
    f.depth = Math.max(f.depth, argumentsDepth(q.node, q.scope, f.ctx, f.guard));
  },
};

/** `a[k]` and `a[k]` (same object name, same key name or literal, both computed or both not). */
function sameMember(
  a: t.MemberExpression | t.OptionalMemberExpression,
  b: t.MemberExpression | t.OptionalMemberExpression,
): boolean {
  const ao = unwrapTs(a.object),
    bo = unwrapTs(b.object);
  if (ao.type !== "Identifier" || bo.type !== "Identifier" || ao.name !== bo.name || a.computed !== b.computed) return false;
  return sameKey(a.property, b.property);
}

/**
 * Two keys written the same way: one name, one literal, or one plain path of names (`acc[row.day]
 * = acc[row.day] ?? []`, the group-by idiom keyed by a field of the row).
 */
function sameKey(a: t.Node, b: t.Node): boolean {
  if (a.type === "Identifier" && b.type === "Identifier") return a.name === b.name;
  if ((a.type === "StringLiteral" && b.type === "StringLiteral") || (a.type === "NumericLiteral" && b.type === "NumericLiteral"))
    return a.value === b.value;
  if (a.type === "ThisExpression" && b.type === "ThisExpression") return true;
  if (a.type === "MemberExpression" && b.type === "MemberExpression" && !a.computed && !b.computed)
    return sameKey(unwrapTs(a.object), unwrapTs(b.object)) && sameKey(a.property, b.property);
  return false;
}
