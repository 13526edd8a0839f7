// termcheck editor: paste or open a text, check it with POST /v1/check, show findings underlined in
// their category colour, accept suggestions, apply safe fixes, download the text and the report.
// Spans in the API are code-point offsets; JavaScript strings index UTF-16 units, so we convert.
"use strict";

const $ = (id) => document.getElementById(id);
const src = $("source"), doc = $("doc"), list = $("findings"), detail = $("detail"), statusEl = $("status");
const TEXT_FORMATS = { txt: "txt", text: "txt", md: "md", markdown: "md", html: "html", htm: "html" };
const state = { text: "", report: null, findings: [], units: null, selected: -1, fileName: "text.txt", file: null };
let timer = null, seq = 0;

function setStatus(msg, isError) {
  statusEl.textContent = msg;
  statusEl.className = isError ? "error" : "";
}

// code-point offset -> UTF-16 index, for the text the findings were computed on
function unitIndex(text) {
  const map = [0];
  let u = 0;
  for (const ch of text) { u += ch.length; map.push(u); }
  return (cp) => map[Math.min(cp, map.length - 1)];
}

function headers(json) {
  const h = json ? { "Content-Type": "application/json" } : {};
  const key = $("api-key").value.trim();
  if (key) h["Authorization"] = "Bearer " + key;
  return h;
}

async function errorText(res) {
  try { const body = await res.json(); return typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail); }
  catch (e) { return res.statusText; }
}

async function check() {
  clearTimeout(timer); // a check now makes the pending debounced one moot
  const mine = ++seq;
  const text = src.value;
  setStatus("checking…");
  let res;
  try {
    if (state.file) {
      const form = new FormData();
      form.append("file", state.file, state.fileName);
      res = await fetch("/v1/check/file", { method: "POST", headers: headers(false), body: form });
    } else {
      res = await fetch("/v1/check", { method: "POST", headers: headers(true),
        body: JSON.stringify({ text, format: $("format").value, name: state.fileName }) });
    }
  } catch (e) { setStatus("cannot reach the server: " + e, true); return; }
  if (mine !== seq) return; // a newer check is under way
  if (!res.ok) { setStatus(`error ${res.status}: ${await errorText(res)}`, true); return; }
  const report = await res.json();
  if (mine !== seq) return;
  // a re-check of the same text keeps the finding the editor has open
  const prev = state.selected >= 0 && state.text === (state.file ? "" : text) ? state.findings[state.selected] : null;
  state.report = report;
  state.text = state.file ? "" : text;
  state.findings = report.files[0].findings;
  state.units = unitIndex(state.text);
  state.selected = -1;
  render();
  if (prev) {
    const k = state.findings.findIndex((g) => g.rule === prev.rule && g.start === prev.start && g.end === prev.end && g.segment === prev.segment);
    if (k >= 0) select(k);
  }
  const s = report.summary;
  setStatus(`${s.findings} finding${s.findings === 1 ? "" : "s"} · ${s.words} words`);
}

function scheduleCheck() {
  clearTimeout(timer);
  timer = setTimeout(check, 500);
}

function render() {
  renderDoc();
  renderList();
  detail.hidden = true;
  const any = state.findings.length > 0;
  $("apply-safe").disabled = !state.findings.some((f) => f.fix && f.fix.applicability === "safe" && f.segment === null);
  $("download-text").disabled = !!state.file;
  $("download-json").disabled = !state.report;
  $("download-docx").disabled = !(state.file && /\.docx$/i.test(state.fileName));
  $("summary").textContent = any ? "" : "No findings.";
}

function renderDoc() {
  doc.textContent = "";
  if (state.file) { doc.textContent = "(" + state.fileName + ": findings are listed on the right, by segment)"; return; }
  const text = state.text, u = state.units;
  // underline non-overlapping spans; overlapping ones stay reachable from the list
  const order = state.findings.map((f, i) => i).filter((i) => state.findings[i].segment === null)
    .sort((a, b) => state.findings[a].start - state.findings[b].start);
  let pos = 0;
  for (const i of order) {
    const f = state.findings[i];
    const a = u(f.start), b = u(Math.max(f.end, f.start + 1));
    if (a < pos) continue;
    doc.appendChild(document.createTextNode(text.slice(pos, a)));
    const span = document.createElement("span");
    span.className = `finding cat-${f.category}`;
    span.dataset.index = i;
    span.title = `${f.rule}: ${f.message}`;
    span.textContent = f.end > f.start ? text.slice(a, b) : "\u2038";
    if (f.end === f.start) span.dataset.empty = "1";
    span.addEventListener("click", () => select(i));
    doc.appendChild(span);
    pos = f.end > f.start ? b : a;
  }
  doc.appendChild(document.createTextNode(text.slice(pos)));
}

function renderList() {
  list.textContent = "";
  const groups = new Map();
  state.findings.forEach((f, i) => {
    if (!groups.has(f.category)) groups.set(f.category, []);
    groups.get(f.category).push(i);
  });
  for (const [cat, idx] of [...groups.entries()].sort()) {
    const g = document.createElement("div");
    g.className = "group";
    g.dataset.category = cat;
    const h = document.createElement("h3");
    h.innerHTML = `<span class="dot dot-${cat}"></span>`;
    h.appendChild(document.createTextNode(`${cat} (${idx.length})`));
    g.appendChild(h);
    const ol = document.createElement("ol");
    for (const i of idx) {
      const f = state.findings[i];
      const li = document.createElement("li");
      li.dataset.index = i;
      li.innerHTML = `<code>${f.rule}</code><span class="sev-${f.severity}">${f.severity}</span> `;
      const where = f.segment === null ? `line ${f.line}` : `segment ${f.segment}`;
      li.appendChild(document.createTextNode(`${where}: “${f.text}” — ${f.message}`));
      li.addEventListener("click", () => select(i));
      ol.appendChild(li);
    }
    g.appendChild(ol);
    list.appendChild(g);
  }
}

function select(i) {
  state.selected = i;
  const f = state.findings[i];
  document.querySelectorAll(".active").forEach((el) => el.classList.remove("active"));
  document.querySelectorAll(`[data-index="${i}"]`).forEach((el) => el.classList.add("active"));
  const span = doc.querySelector(`.finding[data-index="${i}"]`);
  if (span) span.scrollIntoView({ block: "nearest" });
  detail.hidden = false;
  detail.textContent = "";
  const msg = document.createElement("p");
  msg.className = "message";
  msg.textContent = f.message;
  const rule = document.createElement("div");
  rule.className = "rule";
  rule.textContent = `${f.rule} ${f.name} · ${f.category} · ${f.severity}` + (f.fix ? ` · ${f.fix.applicability} fix` : "");
  detail.append(rule, msg);
  if (!f.suggestions.length) {
    const none = document.createElement("p");
    none.className = "none";
    none.textContent = "No suggestion: review this passage yourself.";
    detail.appendChild(none);
  }
  for (const s of f.suggestions) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "suggestion";
    b.textContent = "Accept: " + (s === "" ? "(delete)" : s);
    b.disabled = f.segment !== null || !!state.file;
    b.addEventListener("click", () => accept(i, s));
    detail.appendChild(b);
  }
}

function replaceSpans(edits) {
  // edits: [{start, end, text}] in code points, non-overlapping; applied right to left
  const u = state.units;
  let text = state.text;
  for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, u(e.start)) + e.text + text.slice(u(e.end));
  return text;
}

function accept(i, suggestion) {
  const f = state.findings[i];
  src.value = replaceSpans([{ start: f.start, end: f.end, text: suggestion }]);
  check();
}

function applySafe() {
  const edits = [];
  let lastStart = Infinity;
  const safe = state.findings.filter((f) => f.fix && f.fix.applicability === "safe" && f.segment === null)
    .sort((a, b) => b.start - a.start);
  for (const f of safe) {
    if (f.end > lastStart) continue; // overlaps a fix already taken
    edits.push({ start: f.start, end: f.end, text: f.fix.replacement });
    lastStart = f.start;
  }
  if (!edits.length) return;
  src.value = replaceSpans(edits);
  setStatus(`applied ${edits.length} safe fix${edits.length === 1 ? "" : "es"}`);
  check();
}

function download(name, type, content) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([content], { type }));
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 0);
}

function openFile(file) {
  const ext = (file.name.split(".").pop() || "").toLowerCase();
  state.fileName = file.name;
  if (ext in TEXT_FORMATS || !file.name.includes(".")) {
    state.file = null;
    $("format").value = TEXT_FORMATS[ext] || "txt";
    const reader = new FileReader();
    reader.onload = () => { src.value = reader.result; check(); };
    reader.readAsText(file);
  } else { // bilingual or tabular formats: the server reads them
    state.file = file;
    src.value = "";
    check();
  }
}

$("check").addEventListener("click", check);
$("apply-safe").addEventListener("click", applySafe);
$("download-text").addEventListener("click", () => {
  const base = state.fileName.replace(/\.[^.]*$/, "") || "text";
  const ext = { txt: "txt", md: "md", html: "html" }[$("format").value];
  download(`${base}.corrected.${ext}`, "text/plain;charset=utf-8", src.value);
});
$("download-json").addEventListener("click", () =>
  download("termcheck-report.json", "application/json", JSON.stringify(state.report, null, 2) + "\n"));
// a Word file comes back from the server with one comment per finding (POST /v1/review/docx)
async function downloadReviewed() {
  const form = new FormData();
  form.append("file", state.file, state.fileName);
  setStatus("reviewing…");
  let res;
  try { res = await fetch("/v1/review/docx", { method: "POST", headers: headers(false), body: form }); }
  catch (e) { setStatus("cannot reach the server: " + e, true); return; }
  if (!res.ok) { setStatus(`error ${res.status}: ${await errorText(res)}`, true); return; }
  const base = state.fileName.replace(/\.[^.]*$/, "") || "document";
  download(`${base}.reviewed.docx`, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", await res.blob());
  setStatus("reviewed Word file downloaded");
}
$("download-docx").addEventListener("click", downloadReviewed);
$("file").addEventListener("change", (e) => { if (e.target.files[0]) openFile(e.target.files[0]); });
src.addEventListener("input", () => { state.file = null; scheduleCheck(); });
$("format").addEventListener("change", () => { if (!state.file) check(); });
