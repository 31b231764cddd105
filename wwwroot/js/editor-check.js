// The listing editor's problems at the field while staff type. Progressive enhancement only: without this file
// the server's validation is shown at the fields after a save. Same origin, no inline script (the CSP allows 'self').
(function () {
  "use strict";
  var form = document.getElementById("editor");
  if (!form || !form.getAttribute("data-check") || !window.fetch || !window.FormData) return;
  var url = form.getAttribute("data-check");
  var touched = {};
  var timer = 0;
  var pending = null;
  // Only messages this script wrote are cleared on the next check; the server's stay until the page is posted.
  var shown = [];

  // A problem's key is an input (contact.phone), an entry (schedule[0]) or a field (schedule): it belongs to what was touched
  // when a touched input's name is that key or starts with it.
  function isTouched(key) {
    for (var name in touched) {
      if (name === key || name.indexOf(key + ".") === 0 || name.indexOf(key + "[") === 0) return true;
    }
    return false;
  }

  function describe(target, errorId, add) {
    var ids = (target.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (id) { return id && id !== errorId; });
    if (add) ids.push(errorId);
    if (ids.length) target.setAttribute("aria-describedby", ids.join(" ")); else target.removeAttribute("aria-describedby");
    if (add) target.setAttribute("aria-invalid", "true"); else target.removeAttribute("aria-invalid");
  }

  function clear() {
    shown.forEach(function (item) {
      if (item.created) item.error.remove(); else { item.error.textContent = ""; item.error.hidden = true; }
      describe(item.target, item.error.id, false);
    });
    shown = [];
  }

  function show(problems) {
    clear();
    var byTarget = {};
    problems.forEach(function (p) {
      if (!p.key || !isTouched(p.key)) return;
      (byTarget[p.errorId] = byTarget[p.errorId] || { problem: p, messages: [] }).messages.push(p.message);
    });
    Object.keys(byTarget).forEach(function (errorId) {
      var entry = byTarget[errorId];
      var target = document.getElementById(entry.problem.target);
      if (!target) return;
      var error = document.getElementById(errorId);
      var created = !error;
      if (created) {
        error = document.createElement("p");
        error.className = "field-error";
        error.id = errorId;
        // After the input (inside its fieldset for an entry or group), where the server puts its own messages.
        if (target.tagName === "FIELDSET") target.appendChild(error); else target.insertAdjacentElement("afterend", error);
      }
      error.hidden = false;
      error.textContent = "";
      entry.messages.forEach(function (message) {
        var span = document.createElement("span");
        span.textContent = message;
        error.appendChild(span);
      });
      describe(target, errorId, true);
      shown.push({ error: error, target: target, created: created });
    });
  }

  function check() {
    if (pending) pending.abort();
    pending = new AbortController();
    fetch(url, { method: "POST", body: new FormData(form), credentials: "same-origin", signal: pending.signal, headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (reply) { if (reply && reply.problems) show(reply.problems); })
      .catch(function () { /* offline or aborted: the save still validates */ });
  }

  function later(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, delay);
  }

  form.addEventListener("input", function (e) { if (e.target.name) { touched[e.target.name] = true; later(600); } });
  form.addEventListener("change", function (e) { if (e.target.name) { touched[e.target.name] = true; later(250); } });
  form.addEventListener("focusout", function (e) { if (e.target.name && touched[e.target.name]) later(0); });
})();
