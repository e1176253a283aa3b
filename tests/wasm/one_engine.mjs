// One engine: for every proposal in examples/ and every YAML input under
// tests/ (rule fixtures, loader errors, schema cases, golden and hostile
// inputs), the WebAssembly engine of coprod.html, run under node, gives the
// same JSON report as the native `coprod check --format json`, with the
// default framework and with all three.
//
// With the proposal's folder (the repository, mounted in the engine's file
// system) the reports are equal, evidence checks included. Without it, as
// on the page, every finding the engine lists as "not checked here" is one
// that the native check gives for a copy of the proposal alone in an empty
// folder, and every finding that the folder's files take away is among them
// (so a file the page cannot see is never reported missing); and the report
// is the native one for the proposal beside empty files at those links.
//
//   node one_engine.mjs COPROD SOURCE_DIR WASM_BUILD_DIR
// Exits 77 (skipped) when the engine has not been built, except under
// CI=true, where that is a failure.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const [coprod, root, wasmDir] = process.argv.slice(2).map((arg) => path.resolve(arg));
const enginePath = path.join(wasmDir, "engine", "coprod-engine.js");
if (!fs.existsSync(enginePath)) {
  console.log(`${enginePath} is missing: build it with cmake --build build --target coprod-html`);
  process.exit(process.env.CI === "true" ? 1 : 77);
}
const engine = await createRequire(import.meta.url)(enginePath)();
engine.FS.mkdir("/repo");
engine.FS.mount(engine.FS.filesystems.NODEFS, { root }, "/repo");

const kToday = "2026-03-01";
const kFrameworkSets = [[], ["board-assurance", "legal-duties", "nhse-principles"]];

function call(name, ...args) {
  const copies = args.map((arg) => {
    const bytes = typeof arg === "string" ? new TextEncoder().encode(arg) : arg;
    const address = engine._malloc(bytes.length + 1);
    engine.HEAPU8.set(bytes, address);
    return [address, bytes.length];
  });
  const result = engine[`_coprod_${name}`](...copies.flat());
  const text = new TextDecoder().decode(engine.HEAPU8.slice(result, result + engine._coprod_result_size()));
  copies.forEach(([address]) => engine._free(address));
  if (engine._coprod_result_ok() !== 1) throw new Error(`${name}: ${text}`);
  return text;
}

function native(file, frameworks, cwd = root) {
  const args = ["check", "--format", "json", "--no-config", "--today", kToday,
                ...frameworks.flatMap((id) => ["--framework", id]), file];
  const run = spawnSync(coprod, args, { cwd, encoding: "utf8" });
  if (run.status > 2 || run.stdout === "") throw new Error(`coprod ${args.join(" ")}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

function inputs() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith(".")) walk(rel);
      else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) found.push(rel);
    }
  };
  walk("examples");
  walk("tests");
  return found.sort();
}

const key = (f) => `${f.rule} ${f.line}:${f.column} ${f.message}`;
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
let passed = 0;
const failures = [];
const alone = fs.mkdtempSync(path.join(os.tmpdir(), "coprod-one-engine-"));

for (const file of inputs()) {
  const bytes = fs.readFileSync(path.join(root, file));
  for (const frameworks of kFrameworkSets) {
    const label = `${file}${frameworks.length ? " (all frameworks)" : ""}`;
    const expected = native(file, frameworks);
    const folder = `/repo/${path.dirname(file)}`;
    const withFolder = JSON.parse(call("check", bytes, JSON.stringify({ file, folder, today: kToday, frameworks })));
    if (!same(withFolder.report, expected) || withFolder.not_checked.length) {
      failures.push(`${label}: the engine's report differs from coprod check --format json`);
      continue;
    }
    const page = JSON.parse(call("check", bytes, JSON.stringify({ file, today: kToday, frameworks })));
    if (page.not_checked.length === 0 && same(page.report, expected)) {
      passed++;
      continue;
    }
    // The native check of the proposal alone, named as before; then with
    // empty files at the links the engine did not check, as the page counts them.
    const copy = path.join(alone, file);
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(path.join(root, file), copy);
    const lonely = native(file, frameworks, alone);
    for (const { link } of page.not_checked) {
      const placeholder = path.join(path.dirname(copy), link);
      fs.mkdirSync(path.dirname(placeholder), { recursive: true });
      fs.writeFileSync(placeholder, "");
    }
    const asIfThere = native(file, frameworks, alone);
    fs.rmSync(alone, { recursive: true });
    fs.mkdirSync(alone);
    const inFolder = new Set(expected.proposals[0].findings.map(key));
    const withoutFolder = new Set(lonely.proposals[0].findings.map(key));
    const missing = [...withoutFolder].filter((k) => !inFolder.has(k));
    const unchecked = page.not_checked.map(key);
    if (!unchecked.every((k) => withoutFolder.has(k)) || !missing.every((k) => unchecked.includes(k))) {
      failures.push(`${label}: not checked here ${JSON.stringify(unchecked)}; coprod check finds ` +
                    `${JSON.stringify(missing)} without its folder and not with it`);
    } else if (!same(page.report, asIfThere)) {
      failures.push(`${label}: without a folder, the engine's report differs from coprod check's ` +
                    "with the files it did not check");
    } else {
      passed++;
    }
  }
}

// The appendix and "you said, we did" pages, as coprod appendix gives them
// (with the folder); without it, a note names the evidence not checked.
for (const file of inputs().filter((f) => f.startsWith("examples"))) {
  const bytes = fs.readFileSync(path.join(root, file));
  for (const template of ["appendix", "you-said-we-did"]) {
    const args = ["appendix", "--format", "html", "--template", template, "--no-config", "--today", kToday, file];
    const run = spawnSync(coprod, args, { cwd: root, encoding: "utf8" });
    if (run.status === 2) continue;  // not a valid proposal: no appendix
    const folder = `/repo/${path.dirname(file)}`;
    const html = call("appendix", bytes, JSON.stringify({ file, folder, today: kToday, template, format: "html" }));
    if (html === run.stdout) passed++;
    else failures.push(`${file}: the engine's ${template} differs from coprod appendix's`);
  }
}
const alonePage = call("appendix", fs.readFileSync(path.join(root, "examples/life-rooms.yaml")),
                       JSON.stringify({ file: "life-rooms.yaml", today: kToday }));
if (alonePage.includes("Evidence not checked.</strong>") && alonePage.includes("evidence/open-space-report.md")) passed++;
else failures.push("an appendix made without the folder does not name the evidence not checked");

// The page's other calls answer too.
const calls = [
  ["format() starts with the proposal's section", () => JSON.parse(call("format")).sections[0].key === "proposal"],
  ["explain() gives coprod explain's text", () => call("explain", "assurance-satisfied").startsWith("assurance-satisfied")],
  ["about() gives the version and format revision", () => JSON.parse(call("about")).format === 1],
];
for (const [what, ok] of calls) ok() ? passed++ : failures.push(what);

fs.rmSync(alone, { recursive: true, force: true });
for (const failure of failures) console.log(`FAILED ${failure}`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
