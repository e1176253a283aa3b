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

// The proposal's folder, picked on the page: its files [{path, bytes}] in
// the engine's file system, under a folder made afresh each time. Answers
// where it is, for the check's options.
let folders = 0;
function putFolder(fs, entries) {
  folders += 1;
  const root = `/picked-${folders}`;
  fs.mkdir(root);
  for (const { path, bytes } of entries) {
    const parts = path.split("/").filter((p) => p && p !== "." && p !== "..");
    let at = root;
    for (const part of parts.slice(0, -1)) {
      at += `/${part}`;
      if (!fs.analyzePath(at).exists) fs.mkdir(at);
    }
    fs.writeFile(`${root}/${parts.join("/")}`, bytes);
  }
  return root;
}

self.onmessage = async (event) => {
  const { id, call: name, args, binary } = event.data;
  try {
    if (name === "folder") {
      self.postMessage({ id, ok: true, value: putFolder((await engine).FS, args[0]) });
      return;
    }
    const { ok, bytes } = call(await engine, name, args || []);
    const value = binary && ok ? bytes : new TextDecoder().decode(bytes);
    self.postMessage({ id, ok, value });
  } catch (error) {
    self.postMessage({ id, ok: false, value: String(error) });
  }
};
