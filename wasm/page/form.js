// coprod.html's guided form. It is built from the format's own description
// (the engine's coprod_format: the table the loader validates with), so it
// asks for exactly what the loader reads, in its words, in its order. It
// edits a plain copy of the document (coprod_tree) and writes it back as
// YAML text: the text view and the saved file are always what the form shows.
"use strict";

const Form = {
  format: null,    // the format's description
  doc: {},         // the document as a plain tree: objects, arrays, texts
  text: "",        // the text the form shows, as the text view has it
  lines: {},       // "who.groups[0].kind" -> its line in `text`; null until known
  header: "",      // the comment lines at the top of the text, kept
  stash: {},       // a section's contents while it is marked not applicable
  further: false,  // show the further frameworks' sections
  changed: null,   // called after each edit with the new text
  root: null,      // the element the form is built in
  refs: [],        // [{element, make}]: what lists the defined ids, made again when one changes
};

// A part of the form that lists the defined ids: made now, and again when an id is edited.
function refsPart(make) {
  const entry = { element: make(), make };
  Form.refs.push(entry);
  return entry.element;
}

function refreshRefs() {
  for (const entry of Form.refs) {
    const fresh = entry.make();
    entry.element.replaceWith(fresh);
    entry.element = fresh;
  }
}

// Paths, spelt as findings spell them: who.groups[0].kind
function pathText(path) {
  return path.reduce((out, p) => typeof p === "number" ? `${out}[${p}]` : out ? `${out}.${p}` : p, "");
}

function valueAt(path) {
  return path.reduce((v, p) => (v === null || typeof v !== "object" ? undefined : v[p]), Form.doc);
}

function isEmpty(value) {
  return value === undefined || value === null || value === "" ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0);
}

// Sets (or, for an empty value, removes) the value at path, making the
// mappings on the way.
function setAt(path, value) {
  if (typeof Form.doc !== "object" || Form.doc === null || Array.isArray(Form.doc)) Form.doc = {};
  let parent = Form.doc;
  for (let i = 0; i < path.length - 1; i++) {
    if (parent[path[i]] === null || typeof parent[path[i]] !== "object")
      parent[path[i]] = typeof path[i + 1] === "number" ? [] : {};
    parent = parent[path[i]];
  }
  const last = path[path.length - 1];
  if (isEmpty(value) && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
}

// ---- YAML out ----------------------------------------------------------

const kPlainWord = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;
const kLooksTyped = /^(true|false|yes|no|on|off|y|n|null|~|[-+.]?[0-9].*)$/i;

// A scalar as YAML: plain where it reads back as the same text, otherwise
// double-quoted (JSON's quoting, which YAML reads the same).
function scalar(value, kind) {
  const text = String(value);
  if (["boolean", "whole_number", "date", "choice", "id", "version"].includes(kind) && kPlainWord.test(text))
    return text;
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/[\n\t]|: | #|:$|\s$|^-/.test(text) &&
    !kLooksTyped.test(text) && !/[“”‘’]/.test(text);
  return plain ? text : JSON.stringify(text);
}

function keysOf(spec) {
  return spec && spec.kind === "mapping" ? spec.keys : [];
}

// The keys of a mapping in the format's order, then any others (x- keys) as they came.
function orderedKeys(value, spec) {
  const known = keysOf(spec).map((k) => k.key).filter((k) => k in value);
  return known.concat(Object.keys(value).filter((k) => !known.includes(k)));
}

function mappingLines(value, spec, indent) {
  const pad = " ".repeat(indent);
  const out = [];
  for (const key of orderedKeys(value, spec)) {
    const v = value[key];
    if (v === undefined) continue;
    const sub = keysOf(spec).find((k) => k.key === key);
    if (v === null) out.push(`${pad}${key}:`);
    else if (typeof v !== "object") out.push(`${pad}${key}: ${scalar(v, sub && sub.kind)}`);
    else if (isEmpty(v)) out.push(`${pad}${key}: ${Array.isArray(v) ? "[]" : "{}"}`);
    else out.push(`${pad}${key}:`, ...valueLines(v, sub, indent + 2));
  }
  return out;
}

function valueLines(value, spec, indent) {
  if (!Array.isArray(value)) return mappingLines(value, spec, indent);
  const item = spec && spec.item;
  const pad = " ".repeat(indent);
  const out = [];
  for (const v of value) {
    if (v === null) out.push(`${pad}-`);
    else if (typeof v !== "object") out.push(`${pad}- ${scalar(v, item && item.kind)}`);
    else if (isEmpty(v) || Array.isArray(v)) out.push(`${pad}- ${JSON.stringify(v)}`);
    else {
      const lines = mappingLines(v, item, indent + 2);
      out.push(`${pad}- ${lines[0].trimStart()}`, ...lines.slice(1));
    }
  }
  return out;
}

function formText() {
  const doc = { [Form.format.version_key]: String(Form.format.version), ...Form.doc };
  const spec = { kind: "mapping", keys: [{ key: Form.format.version_key, kind: "version" }, ...Form.format.sections] };
  return Form.header + mappingLines(doc, spec, 0).join("\n") + "\n";
}

// ---- the form ----------------------------------------------------------

function node(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== false) e.setAttribute(k, v === true ? "" : v);
  }
  e.append(...children.filter((c) => c !== null && c !== undefined));
  return e;
}

// The format's description of the value at path.
function specAt(path) {
  let spec = { kind: "mapping", keys: Form.format.sections };
  for (const p of path) {
    spec = typeof p === "number" ? spec && spec.item : keysOf(spec).find((k) => k.key === p);
    if (!spec) return null;
  }
  return spec;
}

// A value changed where the text holds it on a line of its own, spelt as the
// form spells it: that line alone changes, and the rest of the text
// (comments, order, spelling) stays as it was. Otherwise null.
function patchedText(path, before, after) {
  if (!Form.lines || typeof before !== "string" || typeof after !== "string" || !before || !after) return null;
  const at = Form.lines[pathText(path)];
  const spec = specAt(path);
  if (!at || !spec) return null;
  const lines = Form.text.split("\n");
  const last = path[path.length - 1];
  const lead = typeof last === "number" ? /^(\s*- )(.*)$/ : new RegExp(`^(\\s*(?:- )?${last}: )(.*)$`);
  const m = (lines[at - 1] || "").match(lead);
  const old = scalar(before, spec.kind);
  if (!m || !(m[2] === old || m[2].startsWith(`${old} #`) || m[2].startsWith(`${old}  #`))) return null;
  lines[at - 1] = m[1] + scalar(after, spec.kind) + m[2].slice(old.length);
  return lines.join("\n");
}

// Writes the text after an edit: the one line changed when it can be, else
// the whole text afresh (its lines are then known again after the next check).
function written(text, lines) {
  Form.text = text;
  Form.lines = lines;
  Form.changed(text);
}

function edited(path, value) {
  const patched = patchedText(path, valueAt(path), value);
  setAt(path, value);
  if (patched !== null) written(patched, Form.lines);
  else written(formText(), null);
}

// Edits that add or take away fields: the form is built again, the focus
// put back where it was asked.
function rebuilt(focusPath) {
  written(formText(), null);
  renderForm();
  const target = focusPath && Form.root.querySelector(`[data-path="${CSS.escape(focusPath)}"]`);
  if (target) (target.querySelector("input, select, textarea, button") || target).focus();
}

// Where the format defines the things a reference names: the list whose
// items are `noun` ("a group", "an activity").
function definingPath(noun, spec = { kind: "mapping", keys: Form.format.sections }, path = []) {
  if (spec.kind === "list" && spec.item && spec.item.noun === noun) return path;
  for (const k of keysOf(spec)) {
    const found = definingPath(noun, k, [...path, k.key]);
    if (found) return found;
  }
  return null;
}

// The ids a reference may name, with the names people know them by: an
// activity's ids where its help speaks of activities, a group's otherwise.
function definedIds(spec) {
  const noun = /activit/i.test(`${spec.help || ""} ${spec.noun || ""}`) ? "an activity" : "a group";
  const path = definingPath(noun);
  const items = path ? valueAt(path) : null;
  return (Array.isArray(items) ? items : [])
    .filter((v) => v && typeof v.id === "string" && v.id)
    .map((v) => ({ value: v.id, words: v.name || v.title || v.id }));
}

// A list's values; one value alone, where the format takes one or a list, as a list of one.
function listAt(path) {
  const v = valueAt(path);
  return Array.isArray(v) ? v : typeof v === "string" && v ? [v] : [];
}

// What a key's label leaves out, and the format revision that added it (a
// file that uses it needs a coprod at least that recent).
function hint(spec, id) {
  const since = spec.since ? `New in revision ${spec.since} of the format.` : "";
  const text = [spec.more, since].filter(Boolean).join(" ");
  return text ? node("p", { class: "hint", id, text }) : null;
}

function findingsBox(path) {
  return node("div", { class: "field-findings", "data-for": pathText(path) });
}

// One input for a scalar: text, date, number, choice, yes or no, or a reference.
function scalarInput(spec, path, id, describedBy) {
  const value = valueAt(path);
  const text = value === undefined || value === null || typeof value === "object" ? "" : String(value);
  const common = { id, "aria-describedby": describedBy };
  const set = (e) => edited(path, e.target.value === "" ? undefined : e.target.value);
  switch (spec.kind) {
    case "date":
      return node("input", { ...common, type: "date", value: text, onchange: set });
    case "whole_number":
      return node("input", { ...common, type: "number", min: "0", step: "1", inputmode: "numeric", value: text, oninput: set });
    case "boolean":
    case "choice":
    case "id": {
      if (spec.kind === "id" && path[path.length - 1] === "id")
        return node("input", { ...common, type: "text", value: text, spellcheck: "false", oninput: set,
                               onchange: refreshRefs });
      const choices = spec.kind === "boolean" ? [{ value: "true", words: "Yes" }, { value: "false", words: "No" }]
        : spec.kind === "choice" ? spec.choices
        : definedIds(spec);
      const select = node("select", { ...common, onchange: (e) => { set(e); renderMeaning(select, spec); } },
        node("option", { value: "", text: "Not given" }));
      for (const c of choices) select.append(node("option", { value: c.value, title: c.means, text: c.words }));
      if (text && !choices.some((c) => c.value === text))
        select.append(node("option", { value: text, text: `${text} (not one of the choices)` }));
      select.value = text;
      return select;
    }
    default:
      return node("textarea", { ...common, rows: text.length > 70 || text.includes("\n") ? "3" : "1", oninput: set },
        text);
  }
}

function renderMeaning(select, spec) {
  const box = select.parentElement.querySelector(".means");
  if (!box) return;
  const chosen = (spec.choices || []).find((c) => c.value === select.value);
  box.textContent = chosen && chosen.means ? chosen.means : "";
}

function scalarField(spec, path, label) {
  const id = `f-${pathText(path).replace(/[^A-Za-z0-9]+/g, "-")}`;
  const more = hint(spec, `${id}-more`);
  const make = () => scalarInput(spec, path, id, more ? `${id}-more` : undefined);
  const input = spec.kind === "id" && path[path.length - 1] !== "id" ? refsPart(make) : make();
  const means = spec.kind === "choice" && spec.choices.some((c) => c.means) ? node("p", { class: "hint means" }) : null;
  const field = node("div", { class: "field", "data-path": pathText(path) },
    node("label", { for: id, text: label + (spec.required || !spec.key ? "" : " (optional)") }), more, input, means,
    findingsBox(path));
  if (means) renderMeaning(input, spec);
  return field;
}

// A section or list that may be marked not applicable, with its reason.
function notApplicable(spec, path, label) {
  const value = valueAt(path);
  const marked = value && typeof value === "object" && !Array.isArray(value) && "not_applicable" in value;
  const key = pathText(path);
  const id = `na-${key.replace(/[^A-Za-z0-9]+/g, "-")}`;
  const box = node("input", { type: "checkbox", id, checked: marked, onchange: (e) => {
    if (e.target.checked) {
      Form.stash[key] = valueAt(path);
      setAt(path, { not_applicable: "" });
      rebuilt(`${key}.not_applicable`);
    } else {
      setAt(path, Form.stash[key]);
      delete Form.stash[key];
      rebuilt(key);
    }
  } });
  const part = node("div", { class: "not-applicable" },
    node("div", { class: "check" }, box, node("label", { for: id, text: `${label}: not applicable here` })));
  if (marked)
    part.append(scalarField({ kind: "text", required: true }, [...path, "not_applicable"], "Why it does not apply"));
  return { part, marked };
}

function itemName(spec, value, i) {
  const item = spec.item || {};
  const noun = item.kind === "mapping" && item.noun ? item.noun.replace(/^an? /, "") : "entry";
  const name = value && typeof value === "object" ? value.name || value.title || value.question || value.heard || value.id : "";
  return `${noun[0].toUpperCase()}${noun.slice(1)} ${i + 1}${name ? `: ${name}` : ""}`;
}

// One box to tick for each choice; the list is the ticked ones, in the choices' order.
function ticks(choices, path, key) {
  const part = node("div", { class: "ticks" });
  const items = listAt(path);
  if (!choices.length) part.append(node("p", { class: "hint", text: "None is defined yet: add them first, then pick them here." }));
  for (const c of choices) {
    const id = `c-${key.replace(/[^A-Za-z0-9]+/g, "-")}-${c.value}`;
    const box = node("input", { type: "checkbox", id, checked: items.includes(c.value), onchange: () => {
      const ticked = [...part.querySelectorAll("input:checked")].map((b) => b.value);
      const others = listAt(path).filter((v) => !choices.some((k) => k.value === v));
      const now = [...others, ...ticked];
      edited(path, now.length ? now : undefined);
    } });
    box.value = c.value;
    part.append(node("div", { class: "check" }, box, node("label", { for: id, text: c.words }),
      c.means ? node("span", { class: "hint", text: ` ${c.means}` }) : null));
  }
  return part;
}

function listField(spec, path, label) {
  const key = pathText(path);
  const set = node("fieldset", { class: "list", "data-path": key },
    node("legend", { text: label + (spec.required ? "" : " (optional)") }), hint(spec));
  let marked = false;
  if (spec.not_applicable) {
    const na = notApplicable(spec, path, label);
    set.append(na.part);
    marked = na.marked;
  }
  set.append(findingsBox(path));
  if (marked) return set;
  const value = valueAt(path);
  const items = Array.isArray(value) ? value : [];
  const item = spec.item;
  // A list of choices or of references: one box to tick for each.
  if (item.kind === "choice") set.append(ticks(item.choices, path, key));
  if (item.kind === "id")
    set.append(refsPart(() => ticks(definedIds(spec), path, key)));
  if (item.kind === "choice" || item.kind === "id") return set;
  items.forEach((v, i) => {
    const itemPath = [...path, i];
    const remove = node("button", { type: "button", class: "remove", text: `Remove ${itemName(spec, v, i).toLowerCase()}`,
      onclick: () => {
        const now = valueAt(path).filter((_, j) => j !== i);
        setAt(path, now.length ? now : undefined);
        rebuilt(key);
      } });
    if (item.kind === "mapping") {
      const group = node("fieldset", { class: "item", "data-path": pathText(itemPath) },
        node("legend", { text: itemName(spec, v, i) }), findingsBox(itemPath));
      for (const sub of item.keys) group.append(keyField(sub, [...itemPath, sub.key]));
      group.append(remove);
      set.append(group);
    } else {
      const field = scalarField(item, itemPath, itemName(spec, v, i));
      field.append(remove);
      set.append(field);
    }
  });
  const noun = item.noun && item.kind === "mapping" ? item.noun : "another";
  set.append(node("button", { type: "button", class: "add", text: `Add ${noun}`, onclick: () => {
    const now = Array.isArray(valueAt(path)) ? valueAt(path) : [];
    now.push(item.kind === "mapping" ? {} : "");
    setAt(path, now);
    rebuilt(pathText([...path, now.length - 1]));
  } }));
  return set;
}

function mappingField(spec, path, label) {
  const set = node("fieldset", { class: "mapping", "data-path": pathText(path) },
    node("legend", { text: label }), hint(spec));
  let marked = false;
  if (spec.not_applicable) {
    const na = notApplicable(spec, path, label);
    set.append(na.part);
    marked = na.marked;
  }
  set.append(findingsBox(path));
  if (!marked) for (const sub of spec.keys) set.append(keyField(sub, [...path, sub.key]));
  return set;
}

function keyField(spec, path) {
  if (spec.kind === "mapping") return mappingField(spec, path, spec.label);
  if (spec.kind === "list") return listField(spec, path, spec.label);
  return scalarField(spec, path, spec.label);
}

// The sections after the assurance statement belong to the further frameworks.
function isFurther(sections, i) {
  const assurance = sections.findIndex((s) => s.key === "assurance");
  return assurance >= 0 && i > assurance && sections[i].key !== "waivers";
}

function renderForm() {
  const focused = document.activeElement && Form.root.contains(document.activeElement) ? document.activeElement.id : "";
  const parts = [];
  // The sections, to go straight to one: a long form is many Tabs deep.
  const contents = node("ul", { class: "contents" });
  Form.refs = [];
  Form.format.sections.forEach((spec, i) => {
    if (isFurther(Form.format.sections, i) && !Form.further && valueAt([spec.key]) === undefined) return;
    const field = keyField(spec, [spec.key]);
    field.classList.add("section");
    field.id = `section-${spec.key}`;
    contents.append(node("li", {}, node("a", { href: `#${field.id}`, text: spec.label })));
    parts.push(field);
  });
  Form.root.replaceChildren(node("nav", { "aria-label": "Sections of the form" }, contents), ...parts);
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  if (Form.lastReport) showFieldFindings(Form.lastReport);
  document.body.dataset.formBuilt = String(Number(document.body.dataset.formBuilt || 0) + 1);
}

// Loads a document (the engine's coprod_tree of the text) into the form.
function loadForm(tree, text) {
  Form.doc = tree.tree && typeof tree.tree === "object" && !Array.isArray(tree.tree) ? tree.tree : {};
  delete Form.doc[Form.format.version_key];
  Form.lines = tree.lines;
  Form.text = text;
  Form.header = (text.match(/^(#[^\n]*\n|[ \t]*\n)*/) || [""])[0];
  Form.stash = {};
  renderForm();
}

// The field a path names, or the nearest one around it that is shown.
function fieldFor(path) {
  for (let p = path; p;) {
    const box = Form.root.querySelector(`.field-findings[data-for="${CSS.escape(p)}"]`);
    if (box) return box;
    const shorter = p.replace(/(\.[^.[\]]+|\[\d+\])$/, "");
    if (shorter === p) break;
    p = shorter;
  }
  return null;
}

function pathAtLine(line) {
  let best = "";
  for (const [path, at] of Object.entries(Form.lines || {})) if (at === line && path.length > best.length) best = path;
  return best;
}

// Each finding (and each error, by its line) beside its field, with a link to
// the finding in the result, where its explanation is.
function showFieldFindings(report) {
  Form.lastReport = report;
  if (!Form.root) return;
  Form.root.querySelectorAll(".field-findings").forEach((b) => b.replaceChildren());
  const proposal = report.proposals[0];
  const notes = [
    ...proposal.findings.map((f, i) => ({ path: f.path, text: `${f.waived ? "Waived" : f.not_applicable ? "Not applicable" :
      f.severity[0].toUpperCase() + f.severity.slice(1)}: ${f.message}.`, target: `finding-${i}`, severity: f.severity })),
    ...proposal.errors.map((e, i) => ({ path: pathAtLine(e.line), text: `Problem: ${e.message}.`, target: `error-${i}`,
      severity: "blocking" })),
  ];
  for (const n of notes) {
    const box = n.path && fieldFor(n.path);
    if (!box) continue;
    box.append(node("p", { class: `field-finding ${n.severity}` }, n.text, " ",
      node("a", { href: `#${n.target}`, text: "Why, and what meets it", onclick: (e) => {
        const target = document.getElementById(n.target);
        const more = target && target.querySelector("details");
        if (more) more.open = true;
        if (target) { e.preventDefault(); target.focus(); target.scrollIntoView(); }
      } })));
  }
}

// Focuses the field a path names (a finding's "Show in the form").
function focusField(path) {
  const box = fieldFor(path);
  if (!box) return false;
  const field = box.closest("[data-path]");
  const input = field.querySelector("input, select, textarea") || field;
  if (!input.hasAttribute("tabindex") && input === field) field.tabIndex = -1;
  input.focus();
  input.scrollIntoView({ block: "center" });
  return true;
}
