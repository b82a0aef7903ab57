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

// @mention autocomplete on text areas marked data-mentions: typing "@an" lists matching
// colleagues; arrows choose, Enter or Tab inserts "@[Name](/people/ID)", Escape closes.
(function () {
  "use strict";
  var counter = 0;
  function attach(area) {
    var list = document.createElement("ul");
    list.id = "mentions-" + (++counter);
    list.className = "mention-list";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    area.insertAdjacentElement("afterend", list);
    area.setAttribute("aria-autocomplete", "list");
    area.setAttribute("aria-controls", list.id);
    var people = [];
    var active = -1;
    var timer = null;
    var request = 0;

    function query() {
      var before = area.value.slice(0, area.selectionStart);
      var match = before.match(/(^|\s)@([^\s@\[\]()]{2,40})$/);
      return match ? match[2] : null;
    }
    function close() {
      list.hidden = true;
      list.textContent = "";
      people = [];
      active = -1;
      area.removeAttribute("aria-activedescendant");
    }
    function highlight(index) {
      active = index;
      Array.prototype.forEach.call(list.children, function (item, i) {
        item.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      if (index >= 0) area.setAttribute("aria-activedescendant", list.id + "-" + index);
    }
    function choose(index) {
      var person = people[index];
      var typed = query();
      if (!person || typed === null) return close();
      var caret = area.selectionStart;
      var start = caret - typed.length - 1;
      var name = person.name.replace(/[\[\]]/g, "");
      var mention = "@[" + name + "](/people/" + person.id + ") ";
      area.value = area.value.slice(0, start) + mention + area.value.slice(caret);
      var at = start + mention.length;
      area.setSelectionRange(at, at);
      close();
      area.focus();
    }
    function show(found) {
      people = found;
      list.textContent = "";
      found.forEach(function (person, i) {
        var item = document.createElement("li");
        item.id = list.id + "-" + i;
        item.setAttribute("role", "option");
        item.textContent = person.title ? person.name + " — " + person.title : person.name;
        item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
        list.appendChild(item);
      });
      list.hidden = found.length === 0;
      highlight(found.length ? 0 : -1);
    }
    area.addEventListener("input", function () {
      var typed = query();
      clearTimeout(timer);
      if (typed === null) return close();
      timer = setTimeout(function () {
        var mine = ++request;
        fetch("/people/suggest?q=" + encodeURIComponent(typed), { credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (found) { if (mine === request) show(found); })
          .catch(close);
      }, 150);
    });
    area.addEventListener("keydown", function (event) {
      if (list.hidden) return;
      if (event.key === "ArrowDown") { event.preventDefault(); highlight((active + 1) % people.length); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight((active - 1 + people.length) % people.length); }
      else if (event.key === "Enter" || event.key === "Tab") { event.preventDefault(); choose(active); }
      else if (event.key === "Escape") { event.preventDefault(); close(); }
    });
    area.addEventListener("blur", function () { setTimeout(close, 100); });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-mentions]").forEach(attach);
  });
})();

// The header's search box: "/" anywhere outside a field goes to it (as on GitHub and
// Discourse), the arrow keys walk its suggestions, Escape closes them.
(function () {
  "use strict";
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }
  document.addEventListener("keydown", function (event) {
    var box = document.getElementById("header-search");
    if (!box) return;
    var list = document.getElementById("search-suggestions");
    if (event.key === "/" && !typing(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      box.focus();
      return;
    }
    if (!list || !list.contains(event.target) && event.target !== box) return;
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(event.target);
    if (event.key === "ArrowDown" && links.length) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)].focus();
    } else if (event.key === "ArrowUp" && at >= 0) {
      event.preventDefault();
      (at === 0 ? box : links[at - 1]).focus();
    } else if (event.key === "Escape") {
      list.innerHTML = "";
      box.focus();
    }
  });
})();

// The composer's images and files: drop them on the composer or paste an image into it, see
// at once when one is too large or there are too many, and watch the upload's progress. Without
// this the file field works as any other.
(function () {
  "use strict";
  function attach(form) {
    var input = form.querySelector("input[type=file][name=files]");
    var problem = form.querySelector("#files-client-error");
    var progress = form.querySelector("#files-progress");
    if (!input || !window.DataTransfer) return;
    var maxBytes = Number(form.getAttribute("data-max-file-mb")) * 1024 * 1024;
    var maxFiles = Number(form.getAttribute("data-max-files"));
    function add(files) {
      var all = new DataTransfer();
      Array.prototype.forEach.call(input.files, function (f) { all.items.add(f); });
      Array.prototype.forEach.call(files, function (f) { all.items.add(f); });
      input.files = all.files;
      check();
    }
    function check() {
      var message = "";
      if (input.files.length > maxFiles) message = problem.getAttribute("data-too-many");
      Array.prototype.forEach.call(input.files, function (f) {
        if (!message && f.size > maxBytes) message = problem.getAttribute("data-too-large").replace("{name}", f.name);
      });
      problem.textContent = message;
      problem.hidden = !message;
      input.setAttribute("aria-invalid", message ? "true" : "false");
      return !message;
    }
    input.addEventListener("change", check);
    form.addEventListener("dragover", function (event) { event.preventDefault(); form.classList.add("dragging"); });
    form.addEventListener("dragleave", function () { form.classList.remove("dragging"); });
    form.addEventListener("drop", function (event) {
      event.preventDefault();
      form.classList.remove("dragging");
      if (event.dataTransfer && event.dataTransfer.files.length) add(event.dataTransfer.files);
    });
    form.addEventListener("paste", function (event) {
      var files = event.clipboardData && event.clipboardData.files;
      if (files && files.length) { event.preventDefault(); add(files); }
    });
    form.addEventListener("submit", function (event) {
      if (!check()) { event.preventDefault(); input.focus(); return; }
      if (!input.files.length || !window.XMLHttpRequest || !progress) return;
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open("POST", form.action);
      progress.hidden = false;
      request.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) progress.value = Math.round(100 * e.loaded / e.total);
      });
      request.addEventListener("load", function () {
        if (request.status < 400 && request.responseURL) { window.location.assign(request.responseURL); return; }
        document.open();
        document.write(request.responseText);
        document.close();
      });
      request.addEventListener("error", function () { progress.hidden = true; form.submit(); });
      request.send(new FormData(form));
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.composer-form").forEach(attach);
  });
})();
