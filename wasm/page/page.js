// coprod.html's page: opens, edits, saves and checks a proposal with the
// engine in a worker (worker.js). Nothing from the proposal is ever put in
// the page as markup: every text goes in with textContent, and the appendix
// is shown in a sandboxed frame with no scripts.
"use strict";

const $ = (id) => document.getElementById(id);
const kDraftKey = "coprod.draft";
const kCheckDelay = 250;        // ms after the last key press
const kCheckTimeLimit = 10000;  // ms before a check is given up and the engine restarted
// The largest file the text view shows: a proposal is a few kilobytes, and a
// text view of megabytes would hold up the page. A larger file is checked all
// the same, in the worker.
const kShowLimit = 1024 * 1024;
// The largest text the form is built for (a proposal is a few kilobytes).
const kFormLimit = 256 * 1024;
// The most of a picked folder read into the page: evidence files are
// documents, not archives.
const kFolderLimit = 200 * 1000 * 1000;

// `opened`: the bytes of the file as opened, checked as they are (so a file
// that is not UTF-8 gets the command line's message) until the text is edited.
// `view`: "form" or "text"; `folder`: the proposal's folder, when picked, as
// the engine's file system holds it; `frameworks`: those chosen to check against.
const state = { name: "proposal.yaml", opened: null, about: null, timer: 0, running: false, again: false,
                view: "form", folder: "", frameworks: [] };

// The engine, in a worker made from the engine's own text in this page.
const engine = {
  worker: null, next: 1, waiting: new Map(),
  start() {
    const source = new Blob([$("engine").textContent], { type: "text/javascript" });
    const url = URL.createObjectURL(source);
    this.worker = new Worker(url);
    URL.revokeObjectURL(url);
    this.worker.onmessage = ({ data }) => {
      const done = this.waiting.get(data.id);
      this.waiting.delete(data.id);
      if (done) done(data);
    };
    this.worker.onerror = (error) =>
      showFailure(`The checker could not start in this browser (${error.message}). Try a current Edge, Chrome or Firefox.`);
  },
  restart(why) {
    this.worker.terminate();
    for (const done of this.waiting.values()) done({ ok: false, value: why });
    this.waiting.clear();
    this.start();
  },
  // Resolves to {ok, value}; value is the text (or bytes when `binary`).
  ask(call, args = [], { binary = false, limit = 0 } = {}) {
    const id = this.next++;
    return new Promise((resolve) => {
      let timer = 0;
      this.waiting.set(id, (answer) => { clearTimeout(timer); resolve(answer); });
      if (limit) timer = setTimeout(() => this.restart(
        "Checking this file took too long, so it was stopped. Is it really a proposal?"), limit);
      this.worker.postMessage({ id, call, args, binary });
    });
  },
};

function options(extra = {}) {
  return JSON.stringify({ file: state.name, folder: state.folder, frameworks: state.frameworks, ...extra });
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function plural(n, one, many) { return `${n} ${n === 1 ? one : many}`; }

function tell(text) { $("notice").textContent = text; }

// Checking: at most one check at a time, then the latest text again if it
// changed meanwhile, so typing never queues up work.
function scheduleCheck() {
  clearTimeout(state.timer);
  state.timer = setTimeout(check, kCheckDelay);
}

async function check() {
  if (state.running) { state.again = true; return; }
  state.running = true;
  const text = state.opened || $("yaml").value;
  const started = performance.now();
  try {
    const answer = await engine.ask("check", [text, options()], { limit: kCheckTimeLimit });
    document.body.dataset.checkMs = String(Math.round(performance.now() - started));
    if (answer.ok) {
      const result = JSON.parse(answer.value);
      // The lines of the text the form wrote afresh: where its next edits go,
      // and where the errors are placed in the form.
      if (state.view === "form" && typeof text === "string" && text === Form.text &&
          (Form.lines === null || result.report.proposals[0].errors.length)) {
        const tree = await engine.ask("tree", [text]);
        if (tree.ok && text === Form.text) Form.lines = JSON.parse(tree.value).lines;
      }
      show(result);
    } else {
      showFailure(answer.value);
    }
  } finally {
    state.running = false;
    document.body.dataset.checked = String(Number(document.body.dataset.checked || 0) + 1);
  }
  if (state.again) { state.again = false; check(); }
}

function showFailure(message) {
  const verdict = $("verdict");
  verdict.className = "verdict invalid";
  verdict.replaceChildren(el("p", "Not checked", "verdict-words"), el("p", message));
  for (const part of ["errors-part", "checklist-part", "findings-part", "unchecked"]) $(part).hidden = true;
}

// A place in the text, and a button that selects its line there.
function where(line, column) {
  const span = el("span", "", "where");
  if (!line) return span;
  span.append(`Line ${line}, column ${column}. `);
  const go = el("button", "Show in the text", "link");
  go.type = "button";
  go.addEventListener("click", () => showLine(line));
  span.append(go);
  return span;
}

function showLine(line) {
  if (state.view !== "text") showView("text");
  const area = $("yaml");
  const lines = area.value.split("\n");
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[line - 1] || "").length);
  area.scrollTop = Math.max(0, (line - 5) * parseFloat(getComputedStyle(area).lineHeight));
}

function reason(proposal) {
  const counts = { blocking: 0, warning: 0, advice: 0 };
  for (const f of proposal.findings) if (!f.waived && !f.not_applicable) counts[f.severity]++;
  switch (proposal.verdict) {
    case "do-not-proceed":
      return `${plural(counts.blocking, "blocking finding", "blocking findings")}: a checklist item is not met.`;
    case "conditional":
      return `${plural(counts.warning, "warning", "warnings")}, no blocking finding: the warnings are the conditions.`;
    case "assured":
      return counts.advice ? `No finding above advice (${plural(counts.advice, "piece", "pieces")} of advice).`
                           : "No finding: every checklist item is met or not applicable.";
    default:
      return `${plural(proposal.errors.length, "problem", "problems")} to fix before it can be checked.`;
  }
}

function show({ report, not_checked: unchecked, explanations }) {
  // How long after the page began to load its first verdict was shown.
  if (!document.body.dataset.firstVerdictMs)
    document.body.dataset.firstVerdictMs = String(Math.round(performance.now()));
  const proposal = report.proposals[0];
  const valid = proposal.verdict !== "invalid";
  const verdict = $("verdict");
  verdict.className = `verdict ${proposal.verdict}`;
  const words = valid && proposal.frameworks.length === 1 ? proposal.frameworks[0].verdict_label
                                                            : state.about.verdicts[proposal.verdict];
  // Never a plain verdict that unchecked evidence could change.
  const qualified = unchecked.length && proposal.verdict !== "do-not-proceed"
    ? `${words}, evidence not checked here` : words;
  verdict.replaceChildren(el("p", qualified, "verdict-words"), el("p", reason(proposal)));
  if (valid && proposal.frameworks.length > 1)
    for (const f of proposal.frameworks) verdict.append(el("p", `${f.title}: ${f.verdict_label}`));

  const box = $("unchecked");
  box.hidden = unchecked.length === 0;
  if (unchecked.length) {
    const list = el("ul");
    for (const u of unchecked) {
      const item = el("li", `${u.link}. `);
      item.append(where(u.line, u.column));
      list.append(item);
    }
    box.replaceChildren(
      el("p", `Not checked here: ${plural(unchecked.length, "file", "files")} this proposal names as ` +
        "evidence. This page has the proposal but not its folder, so it cannot look at them; the verdict " +
        "above counts them as there. Pick the proposal's folder above to check them."),
      list);
  }

  $("errors-part").hidden = valid;
  $("errors").replaceChildren(...proposal.errors.map((e, i) => {
    const item = el("li", `${e.message}. `);
    item.id = `error-${i}`;
    item.tabIndex = -1;
    item.append(where(e.line, e.column));
    return item;
  }));

  $("checklist-part").hidden = !valid;
  $("checklists").replaceChildren(...(valid ? proposal.frameworks : []).map((f) => {
    const part = el("div");
    if (proposal.frameworks.length > 1) part.append(el("h4", f.title));
    const list = el("ul", undefined, "checklist");
    for (const item of f.items) {
      let status = state.about.statuses[item.status];
      if (item.waived) status += ` (${item.waived} waived)`;
      const notChecked = unchecked.some((u) => u.item === item.id);
      if (notChecked) status += ", evidence not checked here";
      const row = el("li");
      row.append(el("span", item.title), el("span", status, `status ${notChecked ? "not-checked" : item.status}`));
      list.append(row);
    }
    part.append(list);
    return part;
  }));

  $("findings-part").hidden = !valid;
  $("findings").replaceChildren(...proposal.findings.map((f, i) => {
    const item = el("li");
    item.id = `finding-${i}`;
    item.tabIndex = -1;
    const label = f.waived ? `${f.severity}, waived` : f.not_applicable ? "not applicable" : f.severity;
    item.append(el("span", `${label[0].toUpperCase()}${label.slice(1)}: `, `severity ${f.severity}`),
                `${f.message}. `, where(f.line, f.column));
    if (f.path) {
      const go = el("button", "Show in the form", "link");
      go.type = "button";
      go.addEventListener("click", () => { showView("form").then(() => focusField(f.path)); });
      item.append(" ", go);
    }
    const more = el("details");
    more.append(el("summary", "Why it matters, and what meets it"));
    if (f.guidance) more.append(el("p", f.guidance));
    more.append(el("pre", explanations[f.rule] || ""));
    item.append(more);
    return item;
  }));
  if (valid && proposal.findings.length === 0) $("findings").append(el("li", "None."));
  showFieldFindings(report);
}

// The draft, kept in this browser's own storage (never sent anywhere).
function keepDraft() {
  try {
    localStorage.setItem(kDraftKey, JSON.stringify({ name: state.name, text: $("yaml").value }));
    $("draft-status").textContent = "Your draft is kept in this browser only, so a reload loses nothing.";
  } catch {
    $("draft-status").textContent = "This browser does not let the page keep a draft: save the proposal to keep it.";
  }
}

function restoreDraft() {
  try {
    const draft = JSON.parse(localStorage.getItem(kDraftKey) || "null");
    if (!draft) return false;
    state.name = draft.name;
    $("yaml").value = draft.text;
    tell(`Your draft of ${draft.name} is back from this browser's storage.`);
    return true;
  } catch {
    return false;
  }
}

function forgetDraft() {
  try { localStorage.removeItem(kDraftKey); } catch { /* nothing was kept */ }
  $("yaml").value = "";
  state.name = "proposal.yaml";
  state.opened = null;
  tell("The draft is forgotten: this browser no longer holds it.");
  check();
  if (state.view === "form") showView("form");
}

async function open(file) {
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    tell(`${file.name} could not be read: ${error.message}`);
    return;
  }
  state.name = file.name;
  state.opened = bytes;
  const shown = bytes.length <= kShowLimit;
  $("yaml").value = shown ? new TextDecoder().decode(bytes) : "";
  tell(shown ? `Opened ${file.name}.`
             : `Opened ${file.name}: at ${bytes.length} bytes it is checked, but too large to show here.`);
  if (shown) keepDraft();
  check();
  if (state.view === "form") showView("form");
}

function download(name, parts, type) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = el("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const stem = () => state.name.replace(/\.ya?ml$/i, "");

async function appendix(template) {
  const answer = await engine.ask("appendix", [$("yaml").value, options({ template, format: "html" })]);
  if (!answer.ok) tell(`No appendix: ${answer.value}`);
  return answer.ok ? answer.value : null;
}

async function exportAppendix(template, suffix) {
  const html = await appendix(template);
  if (html === null) return;
  download(`${stem()}-${suffix}.html`, [html], "text/html");
  tell(`Saved ${stem()}-${suffix}.html to your downloads.`);
}

async function preview() {
  const html = await appendix("appendix");
  if (html === null) return;
  $("appendix").srcdoc = html;
  $("appendix-part").hidden = false;
  $("appendix-heading").tabIndex = -1;
  $("appendix-heading").focus();
}

async function exportWord() {
  const answer = await engine.ask("appendix", [$("yaml").value, options({ template: "appendix", format: "docx" })],
                                  { binary: true });
  if (!answer.ok) { tell(`No appendix: ${answer.value}`); return; }
  download(`${stem()}-appendix.docx`, [answer.value],
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  tell(`Saved ${stem()}-appendix.docx to your downloads.`);
}

// The form and the text are two views of one text. The text view shows it
// as it is; the form reads it (the engine's own YAML parser) when shown, and
// writes it afresh after each edit in the form.
async function showView(view) {
  if (view === "form") {
    const text = $("yaml").value;
    const tooLarge = text.length > kFormLimit || (state.opened && !text);
    const tree = tooLarge ? { ok: false } : text.trim() ? await engine.ask("tree", [text])
                                                        : { ok: true, value: '{"tree": {}, "lines": {}}' };
    if (!tree.ok) {
      $("form-problem").textContent = tooLarge ? "This file is too large for the form: a proposal is a few pages." :
        "The form cannot read the text as it stands " +
        `(${tree.value}). Put it right in the text view, where your text is as you left it, and the form comes back.`;
      $("form-problem").hidden = false;
      $("form-fields").hidden = true;
    } else {
      $("form-problem").hidden = true;
      $("form-fields").hidden = false;
      loadForm(JSON.parse(tree.value), text);
    }
  }
  state.view = view;
  $("form").hidden = view !== "form";
  $("text").hidden = view !== "text";
  $("show-form").setAttribute("aria-pressed", String(view === "form"));
  $("show-text").setAttribute("aria-pressed", String(view === "text"));
}

// The frameworks to check against: the default one, and the further ones
// a person ticks (their sections then show in the form).
function wireFrameworks() {
  const box = $("frameworks");
  for (const f of state.about.frameworks) {
    const id = `framework-${f.id}`;
    const tick = el("input");
    tick.type = "checkbox";
    tick.id = id;
    tick.value = f.id;
    tick.checked = f.id === state.about.default_framework;
    const label = el("label", f.title);
    label.htmlFor = id;
    const row = el("div", undefined, "check");
    row.append(tick, label);
    box.append(row);
    tick.addEventListener("change", () => {
      state.frameworks = [...box.querySelectorAll("input:checked")].map((t) => t.value);
      Form.further = state.frameworks.some((id) => id !== state.about.default_framework);
      if (state.view === "form" && Form.root) renderForm();
      check();
    });
  }
  state.frameworks = [state.about.default_framework];
}

// The proposal's folder: its files go into the engine's file system, where
// the check reads its evidence as the command line does.
async function pickFolder(files) {
  const entries = [];
  let size = 0;
  for (const file of files) {
    const path = (file.webkitRelativePath || file.name).split("/").slice(1).join("/") || file.name;
    size += file.size;
    if (size > kFolderLimit) {
      tell(`The folder holds more than ${kFolderLimit / 1e6} MB: only its first ${entries.length} files were read.`);
      break;
    }
    entries.push({ path, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  const answer = await engine.ask("folder", [entries]);
  if (!answer.ok) { tell(`The folder could not be read: ${answer.value}`); return; }
  state.folder = answer.value;
  const top = entries.filter((e) => !e.path.includes("/") && /\.ya?ml$/i.test(e.path) && !e.path.startsWith("."));
  const name = files[0] && files[0].webkitRelativePath ? files[0].webkitRelativePath.split("/")[0] : "the folder";
  $("folder-status").textContent = `Evidence is read from ${name} (${plural(entries.length, "file", "files")}).`;
  const same = top.find((e) => e.path === state.name);
  if (!$("yaml").value.trim() && top.length) {
    const first = same || top[0];
    open(new File([first.bytes], first.path));
  } else {
    tell(`Evidence is now checked in ${name}.`);
    check();
  }
}

function wire() {
  $("show-form").addEventListener("click", () => showView("form"));
  $("show-text").addEventListener("click", () => showView("text"));
  $("export-word").addEventListener("click", exportWord);
  $("folder").addEventListener("change", (e) => { if (e.target.files.length) pickFolder([...e.target.files]); });
  $("open").addEventListener("change", (e) => { if (e.target.files[0]) open(e.target.files[0]); });
  $("yaml").addEventListener("input", () => { state.opened = null; keepDraft(); scheduleCheck(); });
  $("save").addEventListener("click", () => {
    download(state.name, [$("yaml").value], "text/yaml");
    tell(`Saved ${state.name} to your downloads.`);
  });
  $("export-appendix").addEventListener("click", () => exportAppendix("appendix", "appendix"));
  $("export-you-said").addEventListener("click", () => exportAppendix("you-said-we-did", "you-said-we-did"));
  $("preview").addEventListener("click", preview);
  $("close-preview").addEventListener("click", () => { $("appendix-part").hidden = true; $("preview").focus(); });
  $("forget").addEventListener("click", forgetDraft);
  const drop = $("drop");
  document.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  document.addEventListener("dragleave", () => drop.classList.remove("over"));
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    if (e.dataTransfer.files[0]) open(e.dataTransfer.files[0]);
  });
}

async function main() {
  engine.start();
  wire();
  const about = await engine.ask("about");
  state.about = JSON.parse(about.value);
  $("about").textContent =
    `coprod ${state.about.version}, reading and writing proposal format ${state.about.format}.`;
  Form.format = JSON.parse((await engine.ask("format")).value);
  Form.root = $("form-fields");
  Form.changed = (text) => {
    $("yaml").value = text;
    state.opened = null;
    keepDraft();
    scheduleCheck();
  };
  wireFrameworks();
  if (restoreDraft()) check();
  await showView("form");
  document.body.dataset.ready = "true";
}

main();
