// Progressive enhancement only: every page works without this file. Nothing here stores anything.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var live = document.getElementById("live");
  function say(text) { if (live) { live.textContent = ""; window.setTimeout(function () { live.textContent = text; }, 50); } }
  function fetchPage(url, signal) {
    return fetch(url, { signal: signal, headers: { "Accept": "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) { return new DOMParser().parseFromString(html, "text/html"); });
  }
  function textOf(doc, selector) { var el = doc.querySelector(selector); return el ? el.textContent.trim() : ""; }
  // The language switch leads to the page as it now is, after a change made in place.
  function syncLanguageSwitch(doc) {
    var mine = document.getElementById("lang-switch"), fresh = doc.getElementById("lang-switch");
    if (mine && fresh) mine.setAttribute("href", fresh.getAttribute("href"));
  }

  // Called again when scores are redrawn in place, which brings the button back as the server wrote it.
  function enablePrint(root) {
    root.querySelectorAll(".print-button").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }
  enablePrint(document);

  // Compare: "Share" hands the link to the device's own share sheet where there is one, else copies it.
  // The link box beside it (there without this script) stays, to copy by hand if both fail.
  var share = document.querySelector(".share-button");
  if (share) {
    var shareUrl = document.getElementById("share-url"), shareStatus = document.getElementById("share-status");
    var tellShare = function (attribute) {
      shareStatus.textContent = "";
      window.setTimeout(function () { shareStatus.textContent = share.getAttribute(attribute); }, 50);
    };
    var copyLink = function (url) {
      var copied = navigator.clipboard && navigator.clipboard.writeText ? navigator.clipboard.writeText(url) : Promise.reject(new Error("no clipboard"));
      copied.then(function () { tellShare("data-copied"); }, function () {
        tellShare("data-failed");
        if (shareUrl) { shareUrl.focus(); shareUrl.select(); }
      });
    };
    share.hidden = false;
    share.addEventListener("click", function () {
      // The comparison as it is now: importances changed in place are in the address.
      var url = location.href.split("#")[0];
      if (shareUrl) shareUrl.value = url;
      if (!navigator.share) { copyLink(url); return; }
      navigator.share({ title: document.title, url: url }).catch(function (error) {
        if (error.name !== "AbortError") copyLink(url);
      });
    });
  }

  // Compare page: importances change the scores in place, without a reload and without moving focus.
  var checklist = document.getElementById("checklist-form");
  if (checklist) {
    var pendingScores = null;
    var updateScores = function () {
      var params = new URLSearchParams(new FormData(checklist));
      var url = "/compare?" + params.toString();
      if (pendingScores) pendingScores.abort();
      pendingScores = new AbortController();
      fetchPage(url, pendingScores.signal).then(function (doc) {
        ["comparison", "questions"].forEach(function (id) {
          var mine = document.getElementById(id), fresh = doc.getElementById(id);
          if (mine && fresh) mine.innerHTML = fresh.innerHTML;
        });
        history.replaceState(null, "", url);
        enablePrint(document.getElementById("comparison") || document);
        var link = document.getElementById("share-url");
        if (link) link.value = location.href.split("#")[0];
        syncLanguageSwitch(doc);
        say(checklist.getAttribute("data-updated") || "Scores updated");
      }).catch(function (error) { if (error.name !== "AbortError") checklist.submit(); });
    };
    checklist.addEventListener("change", updateScores);
    checklist.addEventListener("submit", function (event) { event.preventDefault(); updateScores(); });
  }

  // "Add to compare" anywhere: the tray and the toggles change in place, the page stays where it is.
  document.addEventListener("click", function (event) {
    var toggle = event.target.closest && event.target.closest("a[data-compare-id]");
    if (!toggle || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    var id = toggle.getAttribute("data-compare-id");
    var url = toggle.getAttribute("href").split("#")[0];
    fetchPage(url).then(function (doc) {
      var results = document.getElementById("results"), freshResults = doc.getElementById("results");
      if (results && freshResults) {
        var card = document.getElementById("result-" + id);
        var top = card ? card.getBoundingClientRect().top : null;
        results.innerHTML = freshResults.innerHTML;
        var again = document.getElementById("result-" + id);
        if (again && top !== null) window.scrollBy(0, again.getBoundingClientRect().top - top);
      } else {
        var slot = document.getElementById("compare-tray-slot"), freshSlot = doc.getElementById("compare-tray-slot");
        if (slot && freshSlot) slot.innerHTML = freshSlot.innerHTML;
        document.querySelectorAll("a[data-compare-id], span[data-compare-id]").forEach(function (mine) {
          var fresh = doc.querySelector('[data-compare-id="' + mine.getAttribute("data-compare-id") + '"].compare-toggle');
          if (mine.classList.contains("compare-toggle") && fresh) mine.outerHTML = fresh.outerHTML;
        });
      }
      var ids = document.querySelector('#search-form input[name="ids"]');
      var chosen = new URL(url, location.href).searchParams.get("ids");
      if (ids) ids.value = chosen || ""; 
      history.replaceState(null, "", url);
      syncLanguageSwitch(doc);
      var back = document.querySelector('.compare-toggle[data-compare-id="' + id + '"]');
      if (back) back.focus();
      say(textOf(doc, "#compare-tray-slot .compare-tray p") || textOf(doc, '.compare-toggle[data-compare-id="' + id + '"]'));
    }).catch(function () { location.href = toggle.href; });
  });

  var form = document.getElementById("search-form");
  if (!form) return;
  var results = document.getElementById("results");
  var filters = document.getElementById("filters");
  var toggle = form.querySelector(".filters-toggle");

  // On a phone the filters fold behind a "Filters (n)" button that opens them as a full-height sheet:
  // focus moves into it, stays in it, and Escape or "Close" gives it back to the button.
  var phone = window.matchMedia("(max-width: 47.99rem)");
  var sheetHeading = document.getElementById("filters-heading");
  var closeFilters = filters && filters.querySelector(".filters-close");
  function sheetOpen() { return !!filters && filters.getAttribute("data-collapsed") === "false" && phone.matches; }
  function setSheet(open) {
    filters.setAttribute("data-collapsed", open ? "false" : "true");
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    var modal = open && phone.matches;
    [["role", "dialog"], ["aria-modal", "true"], ["aria-labelledby", "filters-heading"]].forEach(function (pair) {
      if (modal) filters.setAttribute(pair[0], pair[1]); else filters.removeAttribute(pair[0]);
    });
    document.body.classList.toggle("sheet-open", modal);
  }
  function closeSheet() { setSheet(false); toggle.focus(); }
  if (toggle && filters) {
    toggle.hidden = false;
    if (closeFilters) { closeFilters.hidden = false; closeFilters.addEventListener("click", closeSheet); }
    setSheet(false);
    toggle.addEventListener("click", function () {
      if (filters.getAttribute("data-collapsed") === "false") { closeSheet(); return; }
      setSheet(true);
      if (sheetHeading) sheetHeading.focus();
    });
    // Grown to a desktop width, the panel is the left column again, not a dialog.
    phone.addEventListener("change", function () { if (!phone.matches) setSheet(false); });
    document.addEventListener("keydown", function (event) {
      if (!sheetOpen()) return;
      if (event.key === "Escape") { event.preventDefault(); closeSheet(); return; }
      if (event.key !== "Tab") return;
      var stops = Array.prototype.filter.call(filters.querySelectorAll("button, input, select, a[href]"), function (el) {
        return !el.disabled && el.getClientRects().length > 0;
      });
      if (stops.length === 0) return;
      var first = stops[0], last = stops[stops.length - 1], here = document.activeElement;
      if (event.shiftKey && (here === first || here === sheetHeading || !filters.contains(here))) { event.preventDefault(); last.focus(); }
      else if (!event.shiftKey && (here === last || !filters.contains(here))) { event.preventDefault(); first.focus(); }
    });
  }

  // "Use my location": asks only when pressed; the point, rounded to about 1 km, goes into the pressed
  // button's own form (the search form, or the place box a "near me" search shows) and nowhere else.
  // One listener for the page, since the results (and a place box in them) are replaced in place.
  if (navigator.geolocation) {
    document.documentElement.classList.add("can-locate");
    document.addEventListener("click", function (event) {
      var locate = event.target.closest && event.target.closest("[data-locate]");
      var owner = locate && locate.closest("form");
      if (!owner) return;
      var status = owner.querySelector(".locate-status");
      var tell = function (attribute) { if (status) status.textContent = attribute ? locate.getAttribute(attribute) : ""; };
      tell("data-busy");
      navigator.geolocation.getCurrentPosition(function (position) {
        owner.elements.namedItem("near").value = position.coords.latitude.toFixed(2) + "," + position.coords.longitude.toFixed(2);
        tell(null);
        if (owner.requestSubmit) owner.requestSubmit(); else owner.submit();
      }, function (error) {
        tell(error.code === error.PERMISSION_DENIED ? "data-denied" : "data-failed");
      }, { enableHighAccuracy: false, timeout: 20000, maximumAge: 300000 });
    });
  }

  // A pin and its result card: pointing at or focusing one marks both.
  function mark(event, on) {
    var el = event.target.closest && event.target.closest(".map-pins a[data-number], .result[data-number]");
    if (!el) return;
    var number = el.getAttribute("data-number");
    results.querySelectorAll('.map-pins a[data-number="' + number + '"], .result[data-number="' + number + '"]').forEach(function (match) {
      match.classList.toggle("is-highlighted", on);
    });
  }
  if (results) {
    results.addEventListener("mouseover", function (event) { mark(event, true); });
    results.addEventListener("mouseout", function (event) { mark(event, false); });
    results.addEventListener("focusin", function (event) { mark(event, true); });
    results.addEventListener("focusout", function (event) { mark(event, false); });
  }

  function queryString() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim() !== "") params.append(key, value);
    });
    if (params.get("radius") === "25" && !params.get("near")) params.delete("radius");
    if (params.get("sort") === "relevance") params.delete("sort");
    // The default level of care is what no choice means.
    if (params.getAll("level").join() === "iop") params.delete("level");
    return params.toString();
  }

  function sameBox(root, box) {
    return root.querySelector('input[type="checkbox"][name="' + CSS.escape(box.name) + '"][value="' + CSS.escape(box.value) + '"]');
  }

  function showResults(doc, open) {
    var fresh = doc.getElementById("results");
    if (fresh && results) results.innerHTML = fresh.innerHTML;
    // Filter groups come back with new counts (and folded parts); the group the person is in only
    // updates its counts, so the control they are on keeps its focus.
    doc.querySelectorAll("fieldset.filter-group[id]").forEach(function (theirs) {
      var mine = document.getElementById(theirs.id);
      if (!mine) return;
      if (theirs.id === open || !mine.contains(document.activeElement)) { mine.innerHTML = theirs.innerHTML; return; }
      theirs.querySelectorAll('input[type="checkbox"]').forEach(function (box) {
        // The number as seen and as heard: a tick elsewhere in the group turns "94" into "+4".
        var facet = box.parentNode.querySelector(".facet"), other = sameBox(mine, box);
        var myFacet = other && other.parentNode.querySelector(".facet");
        if (facet && myFacet) myFacet.innerHTML = facet.innerHTML;
      });
    });
    var freshToggle = doc.querySelector(".filters-toggle");
    if (toggle && freshToggle) toggle.textContent = freshToggle.textContent;
    // "Show 14 programs": the count follows every box ticked; the button keeps its focus.
    var show = form.querySelector(".show-programs"), freshShow = doc.querySelector(".show-programs");
    if (show && freshShow) show.innerHTML = freshShow.innerHTML;
    syncLanguageSwitch(doc);
    say(textOf(doc, "#results-heading"));
  }

  function moveToResults() {
    var heading = document.getElementById("results-heading");
    if (!heading) return;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: "start" });
  }

  // The search the page shows; a popstate that changes only the fragment (a skip link) is no new search.
  var shown = location.pathname + location.search;
  var pending = null;
  function load(url, options) {
    if (pending) pending.abort();
    pending = new AbortController();
    return fetchPage(url, pending.signal).then(function (doc) {
      if (options.replaceForm) {
        var freshForm = doc.getElementById("search-form");
        if (freshForm) {
          ["near", "q", "radius", "sort", "max_hours"].forEach(function (name) {
            var mine = form.elements.namedItem(name), theirs = freshForm.elements.namedItem(name);
            if (mine && theirs) mine.value = theirs.value;
          });
          form.querySelectorAll('input[type="checkbox"]').forEach(function (box) {
            var theirs = sameBox(freshForm, box);
            box.checked = !!(theirs && theirs.hasAttribute("checked"));
          });
          // Parameters the form carries unseen (a state from the map, the compare set) follow the search too.
          form.querySelectorAll(':scope > input[type="hidden"]').forEach(function (input) { input.remove(); });
          freshForm.querySelectorAll(':scope > input[type="hidden"]').forEach(function (input) { form.appendChild(document.importNode(input, true)); });
        }
      }
      showResults(doc, options.open);
      shown = url;
      if (options.push) history.pushState({ search: true }, "", url);
      if (options.focus) moveToResults();
    }).catch(function (error) {
      if (error.name !== "AbortError") location.href = url;
    });
  }

  function currentUrl() {
    var qs = queryString();
    return qs ? "/?" + qs : "/";
  }

  form.addEventListener("change", function (event) {
    if (event.target.matches('input[type="checkbox"], select')) load(currentUrl(), { push: true, focus: false });
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var more = event.submitter && event.submitter.name === "more" ? event.submitter.value : null;
    // "Show N programs" in the sheet: the results behind it are already this search's, so it only closes.
    if (!more && sheetOpen()) {
      setSheet(false);
      if (currentUrl() === shown) { moveToResults(); return; }
    }
    // The form is refreshed from the answer: a place typed among the words comes back in the place field.
    if (!more) { load(currentUrl(), { push: true, focus: true, replaceForm: true }); return; }
    // "Show all": the group opens where it is, focus on its first newly shown choice.
    var group = document.getElementById("group-" + more);
    var before = group ? group.querySelectorAll("input[type=checkbox]").length : 0;
    var qs = currentUrl().split("?")[1];
    var url = "/?" + (qs ? qs + "&" : "") + "more=" + encodeURIComponent(more);
    load(url, { push: true, focus: false, open: "group-" + more }).then(function () {
      var boxes = document.querySelectorAll("#group-" + CSS.escape(more) + " input[type=checkbox]");
      if (boxes[before]) boxes[before].focus();
    });
  });
  // Chips, pages and the ways out of few results: the same page, another search.
  results.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href^='/?'], a[href='/']");
    if (!link || link.hasAttribute("data-compare-id") || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    var url = link.getAttribute("href");
    var hash = url.indexOf("#") >= 0 ? url.slice(url.indexOf("#") + 1) : null;
    load(url.split("#")[0], { push: true, focus: !hash, replaceForm: true }).then(function () {
      var target = hash && document.getElementById(hash);
      if (target) { target.focus({ preventScroll: true }); target.scrollIntoView({ block: "start" }); }
    });
  });
  window.addEventListener("popstate", function () {
    var url = location.pathname + location.search;
    if (url !== shown) load(url, { push: false, focus: false, replaceForm: true });
  });
})();
