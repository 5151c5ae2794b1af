// `TextEncoder` / `TextDecoder` (UTF-8, the only encoding the Encoding Standard lets a
// TextEncoder have), written in JavaScript inside the isolate: bytes never leave it. The decoder
// is the standard's UTF-8 decoder (U+FFFD for each maximal invalid subsequence, `fatal`,
// `ignoreBOM`, `stream`); inputs are recognised by brand checks on captured getters, so an object
// that only claims to be a buffer is refused. Work and memory are bounded by the call's limits.
// A script fragment: a function expression the prelude calls once, before it freezes the globals.
export const TEXT_BUILDER = String.raw`function buildText() {
"use strict";
const O = Object, apply = Reflect.apply, gd = O.getOwnPropertyDescriptor, StringC = String, U8 = Uint8Array;
const TypeErrorC = TypeError, RangeErrorC = RangeError, fromCharCode = String.fromCharCode;
const TypedArrayProto = O.getPrototypeOf(U8.prototype);
const getter = (proto, key) => gd(proto, key).get;
const typedTag = getter(TypedArrayProto, Symbol.toStringTag), taBuffer = getter(TypedArrayProto, "buffer");
const taOffset = getter(TypedArrayProto, "byteOffset"), taBytes = getter(TypedArrayProto, "byteLength");
const abLength = getter(ArrayBuffer.prototype, "byteLength"), dvBuffer = getter(DataView.prototype, "buffer");
const dvOffset = getter(DataView.prototype, "byteOffset"), dvLength = getter(DataView.prototype, "byteLength");
const LABELS = ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"];
const isObject = (v) => v !== null && (typeof v === "object" || typeof v === "function");
const tagOf = (v) => (isObject(v) ? apply(typedTag, v, []) : undefined);
function brand(fn, value) {
  try { apply(fn, value, []); return true; } catch (_) { return false; }
}

function bytesOf(input) {
  if (input === undefined) return new U8(0);
  if (isObject(input) && brand(abLength, input)) return new U8(input);
  if (tagOf(input) !== undefined) return new U8(apply(taBuffer, input, []), apply(taOffset, input, []), apply(taBytes, input, []));
  if (isObject(input) && brand(dvLength, input)) return new U8(apply(dvBuffer, input, []), apply(dvOffset, input, []), apply(dvLength, input, []));
  throw new TypeErrorC("TextDecoder.decode needs an ArrayBuffer or a view of one");
}

/** The code point at i in s (a lone surrogate becomes U+FFFD) and how many code units it took. */
function codePointAt(s, i) {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return [c, 1];
  if (c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return [0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00), 2];
  }
  return [0xfffd, 1];
}
function writeUtf8(cp, out, n) {
  if (cp < 0x80) { out[n] = cp; return 1; }
  if (cp < 0x800) { out[n] = 0xc0 | (cp >> 6); out[n + 1] = 0x80 | (cp & 63); return 2; }
  if (cp < 0x10000) { out[n] = 0xe0 | (cp >> 12); out[n + 1] = 0x80 | ((cp >> 6) & 63); out[n + 2] = 0x80 | (cp & 63); return 3; }
  out[n] = 0xf0 | (cp >> 18); out[n + 1] = 0x80 | ((cp >> 12) & 63); out[n + 2] = 0x80 | ((cp >> 6) & 63); out[n + 3] = 0x80 | (cp & 63);
  return 4;
}
const utf8Length = (cp) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

class TextEncoder {
  get encoding() { return "utf-8"; }
  encode(input = "") {
    const s = StringC(input), out = new U8(s.length * 3);
    let n = 0;
    for (let i = 0; i < s.length; ) { const [cp, units] = codePointAt(s, i); n += writeUtf8(cp, out, n); i += units; }
    return out.slice(0, n);
  }
  encodeInto(input, dest) {
    if (tagOf(dest) !== "Uint8Array") throw new TypeErrorC("TextEncoder.encodeInto needs a Uint8Array");
    const s = StringC(input), room = dest.length;
    let read = 0, written = 0;
    while (read < s.length) {
      const [cp, units] = codePointAt(s, read);
      if (written + utf8Length(cp) > room) break;
      written += writeUtf8(cp, dest, written);
      read += units;
    }
    return { read, written };
  }
}

class TextDecoder {
  #fatal; #ignoreBOM; #bomDone = false; #cp = 0; #needed = 0; #seen = 0; #lower = 0x80; #upper = 0xbf;
  constructor(label = "utf-8", options = undefined) {
    const name = StringC(label).trim().toLowerCase();
    if (!LABELS.includes(name)) throw new RangeErrorC("The encoding " + JSON.stringify(name) + " is not supported (utf-8 only)");
    this.#fatal = isObject(options) && Boolean(options.fatal);
    this.#ignoreBOM = isObject(options) && Boolean(options.ignoreBOM);
  }
  get encoding() { return "utf-8"; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }
  decode(input = undefined, options = undefined) {
    const bytes = bytesOf(input), stream = isObject(options) && Boolean(options.stream);
    const parts = [];
    let units = [];
    const emit = (cp) => {
      if (!this.#bomDone) { this.#bomDone = true; if (cp === 0xfeff && !this.#ignoreBOM) return; }
      if (cp > 0xffff) { cp -= 0x10000; units[units.length] = 0xd800 + (cp >> 10); units[units.length] = 0xdc00 + (cp & 0x3ff); }
      else units[units.length] = cp;
      if (units.length >= 8192) { parts[parts.length] = apply(fromCharCode, null, units); units = []; }
    };
    const reset = () => { this.#cp = 0; this.#needed = 0; this.#seen = 0; this.#lower = 0x80; this.#upper = 0xbf; };
    const invalid = () => {
      if (this.#fatal) { reset(); this.#bomDone = false; throw new TypeErrorC("The encoded data is not valid UTF-8"); }
      emit(0xfffd);
    };
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (this.#needed === 0) {
        if (b <= 0x7f) emit(b);
        else if (b >= 0xc2 && b <= 0xdf) { this.#needed = 1; this.#cp = b & 0x1f; }
        else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) this.#lower = 0xa0;
          if (b === 0xed) this.#upper = 0x9f;
          this.#needed = 2; this.#cp = b & 0xf;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) this.#lower = 0x90;
          if (b === 0xf4) this.#upper = 0x8f;
          this.#needed = 3; this.#cp = b & 0x7;
        } else invalid();
        continue;
      }
      if (b < this.#lower || b > this.#upper) { reset(); invalid(); i--; continue; }
      this.#lower = 0x80; this.#upper = 0xbf;
      this.#cp = (this.#cp << 6) | (b & 0x3f);
      if (++this.#seen === this.#needed) { const cp = this.#cp; reset(); emit(cp); }
    }
    if (!stream) {
      if (this.#needed !== 0) { reset(); invalid(); }
      this.#bomDone = false;
    }
    parts[parts.length] = apply(fromCharCode, null, units);
    return parts.join("");
  }
}
return { TextEncoder, TextDecoder };
}`;
