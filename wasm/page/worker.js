// coprod.html's worker: runs the engine (coprod-engine.js, inlined before
// this) off the page's thread, so that a huge or hostile file never freezes
// the page. Each message {id, call, args, binary} is answered {id, ok, value}:
// args are texts or bytes (a file as read); value is text, or bytes when
// `binary` is asked for (a Word document).
"use strict";

// The worker never fetches anything. Without fetch the engine decodes the
// WebAssembly inlined in it, rather than fetching it from a data: URL, which
// the page's Content-Security-Policy (connect-src 'none') forbids.
self.fetch = undefined;
const engine = CoprodEngine();

// Calls coprod_NAME with each argument as an (address, size) pair in the
// engine's memory; the result's bytes are copied out before the next call
// reuses them.
function call(module, name, args) {
  const copies = args.map((arg) => {
    const bytes = typeof arg === "string" ? new TextEncoder().encode(arg) : arg;
    const address = module._malloc(bytes.length + 1);
    module.HEAPU8.set(bytes, address);
    return [address, bytes.length];
  });
  try {
    const result = module["_coprod_" + name](...copies.flat());
    const bytes = module.HEAPU8.slice(result, result + module._coprod_result_size());
    return { ok: module._coprod_result_ok() === 1, bytes };
  } finally {
    copies.forEach(([address]) => module._free(address));
  }
}

self.onmessage = async (event) => {
  const { id, call: name, args, binary } = event.data;
  try {
    const { ok, bytes } = call(await engine, name, args || []);
    const value = binary && ok ? bytes : new TextDecoder().decode(bytes);
    self.postMessage({ id, ok, value });
  } catch (error) {
    self.postMessage({ id, ok: false, value: String(error) });
  }
};
