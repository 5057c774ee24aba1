// The editorial page of EpistemicScoring. Every piece of the writer's text and of the report reaches the page
// through textContent, text nodes or attributes set with setAttribute: never as markup, so a pasted <script> or
// HTML shows as the characters it is. The page loads nothing but itself and talks only to POST /score.
"use strict";

(function () {
  const DEBOUNCE_MS = 350;

  const LAWS = [
    ["truthfulness", "Truthfulness"],
    ["sourceReferencing", "Source referencing"],
    ["reliabilityAccuracy", "Reliability and accuracy"],
    ["contextualJudgment", "Contextual judgment"],
    ["inferenceTraceability", "Inference traceability"],
  ];
  const LAW_TITLES = new Map(LAWS);

  // The highlight categories, in legend order; `on` is whether the legend starts with them shown.
  const CATEGORIES = [
    { cls: "src-named", label: "Named source", on: true },
    { cls: "src-unnamed", label: "Unnamed source", on: true },
    { cls: "hedge", label: "Hedge", on: true },
    { cls: "booster", label: "Booster", on: true },
    { cls: "fig", label: "Figure, unchecked", on: true },
    { cls: "fig-ok", label: "Figure, checks out", on: true },
    { cls: "fig-bad", label: "Figure, does not add up", on: true },
    { cls: "fig-unverifiable", label: "Figure, unverifiable", on: true },
    { cls: "finding-neg", label: "Rule finding against", on: true },
    { cls: "finding-pos", label: "Rule finding for", on: false },
  ];
  const shown = new Map(CATEGORIES.map((c) => [c.cls, c.on]));

  /** Creates an element; children are nodes or strings (strings become text nodes). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [name, value] of Object.entries(attrs)) {
        if (value === null || value === undefined || value === false) continue;
        if (name === "text") node.textContent = String(value);
        else node.setAttribute(name, String(value));
      }
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function fmt(score) {
    return typeof score === "number" ? score.toFixed(1) : "–";
  }

  function words(text) {
    const m = text.match(/\S+/g);
    return m ? m.length : 0;
  }

  // ---- Scoring -------------------------------------------------------------------------------------------

  /** A draft bound to a textarea: scores it (debounced) and hands each fresh report to `onReport`. */
  function scoredDraft(textarea, extra, onReport, onState) {
    let timer = 0;
    let seq = 0;
    let controller = null;

    async function run() {
      const text = textarea.value;
      const mine = ++seq;
      if (controller) controller.abort();
      if (text.trim().length === 0) {
        onReport(null, text);
        onState("idle", "Paste or type a draft.");
        return;
      }
      controller = new AbortController();
      onState("busy", "Scoring…");
      const started = performance.now();
      try {
        const body = Object.assign({ text: text }, extra ? extra() : {});
        const response = await fetch("/score", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
          signal: controller.signal,
        });
        const payload = await response.json();
        if (mine !== seq) return; // a later edit has been sent since
        if (!response.ok) {
          const message = payload && payload.error ? payload.error.message : "HTTP " + response.status;
          onState("error", "Not scored: " + message);
          return;
        }
        onReport(payload, text);
        const ms = Math.round(performance.now() - started);
        onState("done", "Scored " + words(text) + " words in " + ms + " ms.");
      } catch (e) {
        if (e && e.name === "AbortError") return;
        if (mine === seq) onState("error", "Not scored: " + (e && e.message ? e.message : String(e)));
      }
    }

    function schedule() {
      clearTimeout(timer);
      seq++; // whatever is in flight now describes an older text
      onState("busy", "Scoring when you pause…");
      timer = setTimeout(run, DEBOUNCE_MS);
    }

    textarea.addEventListener("input", schedule);
    return { schedule: schedule, now: run };
  }

  // ---- Highlights ----------------------------------------------------------------------------------------

  /** The annotations of a report: {start, end, cls, note, id}. */
  function annotations(report) {
    const out = [];
    const add = (start, length, cls, note, id) => {
      if (typeof start !== "number" || typeof length !== "number" || length <= 0) return;
      out.push({ start: start, end: start + length, cls: cls, note: note, id: id || null });
    };

    for (const s of report.sources || []) {
      const reason = s.anonymityReason && s.anonymityReason.text ? "; unnamed because: " + s.anonymityReason.text : "";
      add(s.start, s.length, s.named ? "src-named" : "src-unnamed",
        (s.named ? "Named source" : "Unnamed source") + " (" + s.kind + (s.key ? ", " + s.key : "") + ")" + reason);
    }

    for (const h of report.hedges || []) {
      add(h.start, h.length, h.kind === "booster" ? "booster" : "hedge",
        (h.kind === "booster" ? "Booster" : "Hedge") + " (" + h.kind + ")");
    }

    // A figure takes the worst status of the checks that cite it.
    const rank = { contradicted: 3, inconsistent: 3, unverifiable: 2, consistent: 1, confirmed: 1 };
    const checkAt = new Map();
    for (const c of report.numericChecks || []) {
      for (const span of c.spans || []) {
        const key = span.start + ":" + span.length;
        const prev = checkAt.get(key);
        if (!prev || (rank[c.status] || 0) > (rank[prev.status] || 0)) checkAt.set(key, c);
      }
    }
    const clsOf = (status) => (rank[status] === 3 ? "fig-bad" : rank[status] === 2 ? "fig-unverifiable" : "fig-ok");
    const placed = new Set();
    for (const n of report.numbers || []) {
      const key = n.start + ":" + n.length;
      const check = checkAt.get(key);
      const value = n.value === null || n.value === undefined ? "" : " = " + n.value + (n.unit ? " " + n.unit : "");
      const note = "Figure (" + n.kind + value + ")" + (check ? "; " + check.kind + " check " + check.status + ": " + check.message : "; not cross-checked");
      add(n.start, n.length, check ? clsOf(check.status) : "fig", note);
      placed.add(key);
    }
    for (const [key, c] of checkAt) {
      if (placed.has(key)) continue;
      const [start, length] = key.split(":").map(Number);
      add(start, length, clsOf(c.status), c.kind + " check " + c.status + ": " + c.message);
    }

    (report.laws || []).forEach((law, li) => {
      (law.evidence || []).forEach((e, ei) => {
        if (!e.weight) return;
        add(e.start, e.length, e.weight < 0 ? "finding-neg" : "finding-pos",
          e.ruleId + " " + e.message + " (" + (LAW_TITLES.get(law.law) || law.law) + ", " + (e.weight > 0 ? "+" : "") + e.weight + ")",
          "ev-" + li + "-" + ei);
      });
    });
    return out;
  }

  /** Renders the text into `target` as text nodes, with <mark> elements around annotated stretches. */
  function renderMarked(target, text, report) {
    clear(target);
    if (!report) {
      if (text) target.append(document.createTextNode(text));
      return;
    }
    const marks = annotations(report).filter((a) => shown.get(a.cls) && a.end <= text.length);
    const cuts = new Set([0, text.length]);
    for (const a of marks) {
      cuts.add(a.start);
      cuts.add(a.end);
    }
    const points = Array.from(cuts).sort((x, y) => x - y);
    const fragment = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      const piece = text.slice(from, to);
      const active = marks.filter((a) => a.start <= from && a.end >= to);
      if (active.length === 0) {
        fragment.append(document.createTextNode(piece));
        continue;
      }
      const mark = el("mark", {
        class: Array.from(new Set(active.map((a) => a.cls))).join(" "),
        title: active.map((a) => a.note).join("\n"),
      }, piece);
      const ids = active.map((a) => a.id).filter(Boolean);
      if (ids.length) mark.setAttribute("data-evidence", ids.join(" "));
      fragment.append(mark);
    }
    target.append(fragment);
  }

  function renderLegend(target, report, rerender) {
    clear(target);
    const counts = new Map();
    if (report) for (const a of annotations(report)) counts.set(a.cls, (counts.get(a.cls) || 0) + 1);
    for (const c of CATEGORIES) {
      const box = el("input", { type: "checkbox", "data-cls": c.cls });
      box.checked = shown.get(c.cls);
      box.addEventListener("change", () => {
        shown.set(c.cls, box.checked);
        rerender();
      });
      const swatch = el("mark", { class: "swatch " + c.cls }, " ");
      target.append(el("label", null, box, swatch, c.label + " (" + (counts.get(c.cls) || 0) + ")"));
    }
  }

  // ---- Verdicts ------------------------------------------------------------------------------------------

  function renderVerdicts(target, overallTarget, report, text, markedTarget) {
    clear(target);
    clear(overallTarget);
    if (!report) return;
    overallTarget.append(
      el("strong", { text: "Overall " }),
      el("span", { class: "score", text: fmt(report.overall.score) }), " ",
      el("span", { class: "verdict", "data-verdict": report.overall.verdict, text: report.overall.verdict }),
      report.profile ? el("span", { class: "profile", text: "  · read as " + report.profile }) : null);

    (report.laws || []).forEach((law, li) => {
      const card = el("article", { class: "law", "data-law": law.law, "data-verdict": law.verdict });
      card.append(
        el("h3", { text: LAW_TITLES.get(law.law) || law.law }),
        el("div", null,
          el("span", { class: "score", text: fmt(law.score) }),
          el("span", { class: "verdict", "data-verdict": law.verdict, text: law.verdict })));
      const reasons = el("ul", { class: "rationale" });
      for (const r of law.rationale || []) reasons.append(el("li", { text: r }));
      card.append(reasons);

      // The findings that moved the score most, each a button that shows it in the text.
      const items = (law.evidence || [])
        .map((e, ei) => ({ e: e, id: "ev-" + li + "-" + ei }))
        .filter((x) => x.e.weight)
        .sort((a, b) => Math.abs(b.e.weight) - Math.abs(a.e.weight))
        .slice(0, 4);
      if (items.length) {
        const list = el("div", { class: "evidence" });
        for (const { e, id } of items) {
          const quote = text.slice(e.start, e.start + Math.min(e.length, 70)) + (e.length > 70 ? "…" : "");
          const button = el("button", { type: "button", class: e.weight < 0 ? "neg" : "pos", "data-evidence": id },
            e.ruleId + " " + e.message + " ", el("q", { text: quote }));
          button.addEventListener("click", () => flash(markedTarget, id, e.weight < 0 ? "finding-neg" : "finding-pos"));
          list.append(button);
        }
        card.append(list);
      }
      target.append(card);
    });
  }

  function flash(markedTarget, id, cls) {
    if (!shown.get(cls)) {
      shown.set(cls, true);
      const box = document.querySelector('#legend input[data-cls="' + cls + '"]');
      if (box) box.checked = true;
      single.rerender();
    }
    const marks = Array.from(markedTarget.querySelectorAll("mark[data-evidence]"))
      .filter((m) => m.getAttribute("data-evidence").split(" ").includes(id));
    for (const m of document.querySelectorAll("mark.flash")) m.classList.remove("flash");
    for (const m of marks) m.classList.add("flash");
    if (marks.length) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }

  // ---- One draft -----------------------------------------------------------------------------------------

  const status = document.getElementById("status");
  function setStatus(state, message) {
    status.setAttribute("data-state", state);
    status.textContent = message;
  }

  const single = (function () {
    const draft = document.getElementById("draft");
    const title = document.getElementById("title");
    const profile = document.getElementById("profile");
    const marked = document.getElementById("marked");
    const legend = document.getElementById("legend");
    const verdicts = document.getElementById("verdicts");
    const overall = document.getElementById("overall");
    let last = { report: null, text: "" };

    function rerender() {
      renderMarked(marked, last.text, last.report);
    }

    const scoring = scoredDraft(draft, () => {
      const extra = {};
      if (title.value.trim()) extra.title = title.value;
      if (profile.value) extra.profile = profile.value;
      return extra;
    }, (report, text) => {
      last = { report: report, text: text };
      renderLegend(legend, report, rerender);
      rerender();
      renderVerdicts(verdicts, overall, report, text, marked);
    }, setStatus);

    title.addEventListener("input", scoring.schedule);
    profile.addEventListener("change", scoring.now);
    renderLegend(legend, null, rerender);
    return { rerender: rerender, draft: draft };
  })();

  // ---- Two drafts ----------------------------------------------------------------------------------------

  (function () {
    const table = document.querySelector("#compare-table tbody");
    const sides = { a: null, b: null };

    function renderTable() {
      clear(table);
      const rows = [["overall", "Overall"]].concat(LAWS);
      for (const [key, label] of rows) {
        const pick = (r) => (!r ? null : key === "overall" ? r.overall : (r.laws || []).find((l) => l.law === key));
        const a = pick(sides.a);
        const b = pick(sides.b);
        const cell = (x) => {
          if (!x) return el("td", { text: "–" });
          return el("td", null,
            el("span", { class: "score", text: fmt(x.score) }), " ",
            el("span", { class: "verdict", "data-verdict": x.verdict, text: x.verdict }),
            x.rationale && x.rationale.length ? el("span", { class: "why", text: x.rationale[0] }) : null);
        };
        let delta = el("td", { class: "delta", text: "–" });
        if (a && b) {
          const d = b.score - a.score;
          delta = el("td", { class: "delta " + (d > 0.05 ? "up" : d < -0.05 ? "down" : "same"), text: (d > 0 ? "+" : "") + d.toFixed(1) });
        }
        table.append(el("tr", { "data-law": key }, el("th", { scope: "row", text: label }), cell(a), cell(b), delta));
      }
    }

    for (const side of ["a", "b"]) {
      const area = document.getElementById("draft-" + side);
      const marked = document.getElementById("marked-" + side);
      const scoring = scoredDraft(area, null, (report, text) => {
        sides[side] = report;
        renderMarked(marked, text, report);
        renderTable();
      }, setStatus);
      area.addEventListener("scored-draft:refresh", scoring.now);
    }
    renderTable();
  })();

  // ---- Tabs ----------------------------------------------------------------------------------------------

  const tabs = { single: document.getElementById("tab-single"), compare: document.getElementById("tab-compare") };
  function showView(name) {
    for (const [key, tab] of Object.entries(tabs)) {
      tab.setAttribute("aria-selected", String(key === name));
      document.getElementById(key).hidden = key !== name;
    }
  }
  tabs.single.addEventListener("click", () => showView("single"));
  tabs.compare.addEventListener("click", () => showView("compare"));
  document.getElementById("to-compare").addEventListener("click", () => {
    const a = document.getElementById("draft-a");
    a.value = single.draft.value;
    a.dispatchEvent(new Event("scored-draft:refresh"));
    showView("compare");
    document.getElementById("draft-b").focus();
  });
})();
