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

// `opened`: the bytes of the file as opened, checked as they are (so a file
// that is not UTF-8 gets the command line's message) until the text is edited.
const state = { name: "proposal.yaml", opened: null, about: null, timer: 0, running: false, again: false };

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
  return JSON.stringify({ file: state.name, ...extra });
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
  const answer = await engine.ask("check", [text, options()], { limit: kCheckTimeLimit });
  document.body.dataset.checkMs = String(Math.round(performance.now() - started));
  state.running = false;
  if (answer.ok) show(JSON.parse(answer.value));
  else showFailure(answer.value);
  document.body.dataset.checked = String(Number(document.body.dataset.checked || 0) + 1);
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
        "above counts them as there. Make sure they are, or run coprod check on the folder."),
      list);
  }

  $("errors-part").hidden = valid;
  $("errors").replaceChildren(...proposal.errors.map((e) => {
    const item = el("li", `${e.message}. `);
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
  $("findings").replaceChildren(...proposal.findings.map((f) => {
    const item = el("li");
    const label = f.waived ? `${f.severity}, waived` : f.not_applicable ? "not applicable" : f.severity;
    item.append(el("span", `${label[0].toUpperCase()}${label.slice(1)}: `, `severity ${f.severity}`),
                `${f.message}. `, where(f.line, f.column));
    const more = el("details");
    more.append(el("summary", "Why it matters, and what meets it"));
    if (f.guidance) more.append(el("p", f.guidance));
    more.append(el("pre", explanations[f.rule] || ""));
    item.append(more);
    return item;
  }));
  if (valid && proposal.findings.length === 0) $("findings").append(el("li", "None."));
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

function wire() {
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
  document.body.dataset.ready = "true";
  if (restoreDraft()) check();
}

main();
