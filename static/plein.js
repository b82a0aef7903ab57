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

// Live notifications: the header's unread count and a polite announcement of each new one,
// over server-sent events (the browser reconnects by itself after a network hiccup).
(function () {
  "use strict";
  function start() {
    var bell = document.querySelector("[data-live]");
    if (!bell || !window.EventSource) return;
    var count = bell.querySelector("[data-unread]");
    var notice = document.querySelector("[data-live-notice]");
    var source = new EventSource(bell.getAttribute("data-live"));
    source.addEventListener("notifications", function (event) {
      var update;
      try { update = JSON.parse(event.data); } catch (e) { return; }
      count.textContent = update.unread > 0 ? String(update.unread) : "";
      count.hidden = update.unread === 0;
      bell.setAttribute("data-unread-count", String(update.unread));
      if (update.latest && notice) {
        notice.textContent = "";
        var link = document.createElement("a");
        link.href = update.latest.url;
        link.textContent = update.latest.text;
        notice.appendChild(link);
      }
    });
    window.addEventListener("pagehide", function () { source.close(); });
  }
  document.addEventListener("DOMContentLoaded", start);
})();
