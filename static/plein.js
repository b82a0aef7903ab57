// Progressive enhancement only: every page works without this file.
// Shows server times (UTC) in the reader's own time zone and language.
(function () {
  "use strict";
  function localise(root) {
    var lang = document.documentElement.lang || "en";
    root.querySelectorAll("time[datetime]").forEach(function (el) {
      var date = new Date(el.getAttribute("datetime"));
      if (isNaN(date.getTime())) return;
      el.textContent = date.toLocaleString(lang === "nl" ? "nl-NL" : "en-GB", {
        dateStyle: "medium", timeStyle: "short"
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { localise(document); });
  document.addEventListener("htmx:afterSwap", function (event) { localise(event.target); });
})();
