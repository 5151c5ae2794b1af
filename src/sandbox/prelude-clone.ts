// `structuredClone`, written in JavaScript inside the isolate: no host object is ever involved,
// so a clone can only hold the isolate's own (frozen) intrinsics. Types are told apart by brand
// checks on captured getters (a Map is whatever Map.prototype's size getter accepts), never by
// what the value says about itself, and every property is defined rather than assigned, so an
// own `__proto__` key stays data. Cycles and shared references are kept; functions, symbols,
// WeakMaps, WeakSets and promises throw a DataCloneError, as they do in a browser. Recursion and
// size are bounded by the call's own stack, heap and time limits.
// A script fragment: a function expression the prelude calls once, before it freezes the globals.
export const CLONE_BUILDER = String.raw`function buildClone() {
"use strict";
const O = Object, apply = Reflect.apply, defineProperty = O.defineProperty, keys = O.keys, getPrototypeOf = O.getPrototypeOf;
const gd = O.getOwnPropertyDescriptor, isArray = Array.isArray, ErrorC = Error, MapC = Map, SetC = Set, StringC = String;
const getter = (proto, key) => gd(proto, key).get;
const TypedArrayProto = getPrototypeOf(Uint8Array.prototype);
const typedTag = getter(TypedArrayProto, Symbol.toStringTag), taBuffer = getter(TypedArrayProto, "buffer");
const taOffset = getter(TypedArrayProto, "byteOffset"), taLength = getter(TypedArrayProto, "length");
const abLength = getter(ArrayBuffer.prototype, "byteLength"), abSlice = ArrayBuffer.prototype.slice;
const dvBuffer = getter(DataView.prototype, "buffer"), dvOffset = getter(DataView.prototype, "byteOffset"), dvLength = getter(DataView.prototype, "byteLength");
const mapSize = getter(MapC.prototype, "size"), setSize = getter(SetC.prototype, "size"), mapForEach = MapC.prototype.forEach, setForEach = SetC.prototype.forEach;
const mapSet = MapC.prototype.set, mapHas = MapC.prototype.has, mapGet = MapC.prototype.get, setAdd = SetC.prototype.add;
const dateValue = Date.prototype.getTime, reSource = getter(RegExp.prototype, "source"), reFlags = getter(RegExp.prototype, "flags");
const weakMapHas = WeakMap.prototype.has, weakSetHas = WeakSet.prototype.has, promiseThen = Promise.prototype.then;
const boolValue = Boolean.prototype.valueOf, numValue = Number.prototype.valueOf, strValue = String.prototype.valueOf;
const bigValue = BigInt.prototype.valueOf, symValue = Symbol.prototype.valueOf, toTag = O.prototype.toString;
const TYPED = { Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array };
const ERRORS = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
const DateC = Date, RegExpC = RegExp, DataViewC = DataView, ArrayC = Array;

function brand(fn, value, args) {
  try { apply(fn, value, args); return true; } catch (_) { return false; }
}
function dataCloneError(what) {
  const e = new ErrorC(what + " could not be cloned");
  defineProperty(e, "name", { value: "DataCloneError", writable: true, configurable: true });
  return e;
}
const put = (o, k, v) => defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });

function cloneObject(v, memo) {
  if (brand(dateValue, v, [])) return new DateC(apply(dateValue, v, []));
  if (v !== RegExpC.prototype && brand(reSource, v, [])) return new RegExpC(apply(reSource, v, []), apply(reFlags, v, []));
  if (brand(abLength, v, [])) return apply(abSlice, v, [0]);
  const tag = apply(typedTag, v, []);
  if (tag !== undefined) {
    const buffer = clone(apply(taBuffer, v, []), memo);
    return new TYPED[tag](buffer, apply(taOffset, v, []), apply(taLength, v, []));
  }
  if (brand(dvLength, v, [])) return new DataViewC(clone(apply(dvBuffer, v, []), memo), apply(dvOffset, v, []), apply(dvLength, v, []));
  if (brand(boolValue, v, [])) return O(apply(boolValue, v, []));
  if (brand(numValue, v, [])) return O(apply(numValue, v, []));
  if (brand(strValue, v, [])) return O(apply(strValue, v, []));
  if (brand(bigValue, v, [])) return O(apply(bigValue, v, []));
  if (brand(symValue, v, [])) throw dataCloneError("a Symbol object");
  if (brand(weakMapHas, v, [{}]) || brand(weakSetHas, v, [{}])) throw dataCloneError("a WeakMap or WeakSet");
  if (brand(promiseThen, v, [])) throw dataCloneError("a Promise");
  return null;
}

function clone(v, memo) {
  if (typeof v === "function") throw dataCloneError("a function");
  if (typeof v === "symbol") throw dataCloneError("a symbol");
  if (v === null || typeof v !== "object") return v;
  if (apply(mapHas, memo, [v])) return apply(mapGet, memo, [v]);
  let out;
  if (brand(mapSize, v, [])) {
    out = new MapC();
    apply(mapSet, memo, [v, out]);
    const pairs = [];
    apply(mapForEach, v, [(value, key) => { pairs[pairs.length] = [key, value]; }]);
    for (const [key, value] of pairs) apply(mapSet, out, [clone(key, memo), clone(value, memo)]);
    return out;
  }
  if (brand(setSize, v, [])) {
    out = new SetC();
    apply(mapSet, memo, [v, out]);
    const items = [];
    apply(setForEach, v, [(value) => { items[items.length] = value; }]);
    for (const item of items) apply(setAdd, out, [clone(item, memo)]);
    return out;
  }
  out = cloneObject(v, memo);
  if (out !== null) { apply(mapSet, memo, [v, out]); return out; }
  if (apply(toTag, v, []) === "[object Error]") {
    const name = v.name, C = typeof name === "string" && O.hasOwn(ERRORS, name) ? ERRORS[name] : ErrorC;
    out = new C();
    apply(mapSet, memo, [v, out]);
    const message = v.message, stack = v.stack;
    if (message !== undefined) put(out, "message", StringC(message));
    if (typeof stack === "string") put(out, "stack", stack);
    return out;
  }
  out = isArray(v) ? new ArrayC(v.length) : {};
  apply(mapSet, memo, [v, out]);
  for (const k of keys(v)) put(out, k, clone(v[k], memo));
  return out;
}

return function structuredClone(value, options) {
  if (arguments.length === 0) throw new TypeError("structuredClone needs a value");
  const transfer = options === undefined || options === null ? undefined : options.transfer;
  if (transfer !== undefined && transfer !== null && transfer.length > 0) throw dataCloneError("a transfer list (not supported)");
  return clone(value, new MapC());
};
}`;
