// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Compare page: a print button, and the checklist updates as soon as an importance changes.
  document.querySelectorAll(".print-button").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  var checklist = document.getElementById("checklist-form");
  if (checklist) {
    checklist.addEventListener("change", function () { checklist.submit(); });
  }

  var form = document.getElementById("search-form");
  if (!form) return;
  var results = document.getElementById("results");
  var filters = document.getElementById("filters");
  var toggle = form.querySelector(".filters-toggle");

  // On a phone, fold the filters behind a "Filters (n)" button.
  if (toggle && filters) {
    toggle.hidden = false;
    filters.setAttribute("data-collapsed", "true");
    toggle.addEventListener("click", function () {
      var collapsed = filters.getAttribute("data-collapsed") === "true";
      filters.setAttribute("data-collapsed", collapsed ? "false" : "true");
      toggle.setAttribute("aria-expanded", collapsed ? "true" : "false");
    });
  }

  function queryString() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim() !== "") params.append(key, value);
    });
    if (params.get("radius") === "25" && !params.get("near")) params.delete("radius");
    if (params.get("sort") === "relevance") params.delete("sort");
    return params.toString();
  }

  var pending = null;
  function refresh() {
    var qs = queryString();
    var url = qs ? "/?" + qs : "/";
    if (pending) pending.abort();
    pending = new AbortController();
    fetch(url, { signal: pending.signal, headers: { "Accept": "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("results");
        if (fresh && results) results.innerHTML = fresh.innerHTML;
        // Update counts in place so the control the user is on keeps its focus.
        doc.querySelectorAll("[data-count-for]").forEach(function (el) {
          var mine = form.querySelector('[data-count-for="' + el.getAttribute("data-count-for") + '"]');
          if (mine) mine.textContent = el.textContent;
        });
        var freshToggle = doc.querySelector(".filters-toggle");
        if (toggle && freshToggle) toggle.textContent = freshToggle.textContent;
        history.replaceState(null, "", url);
      })
      .catch(function (error) {
        if (error.name !== "AbortError") form.submit();
      });
  }

  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches('input[type="checkbox"], select')) refresh();
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    refresh();
  });
})();
