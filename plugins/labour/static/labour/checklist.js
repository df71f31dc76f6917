/* Arrival checklist: tick off steps; the ticks live in this browser's localStorage only.
   Without this script the checklist is a plain numbered list. No network requests. */
(function () {
  "use strict";

  function load(key) {
    try {
      var value = JSON.parse(window.localStorage.getItem(key));
      return Array.isArray(value) ? value : [];
    } catch (error) {
      return [];
    }
  }

  function save(key, done) {
    try {
      window.localStorage.setItem(key, JSON.stringify(done));
    } catch (error) {
      /* Private mode or storage full: ticking still works for this visit. */
    }
  }

  function init(section) {
    if (section.getAttribute("data-ready")) return;
    section.setAttribute("data-ready", "1");
    var key = "integreat-checklist:" + window.location.pathname + ":" + section.getAttribute("data-checklist");
    var done = load(key);
    var items = section.querySelectorAll("li[data-step]");
    var progress = section.querySelector(".checklist-progress");
    var status = document.createElement("span");
    var reset = document.createElement("button");
    reset.type = "button";
    reset.className = "checklist-reset";
    reset.textContent = progress.getAttribute("data-reset");
    progress.appendChild(status);
    progress.appendChild(document.createTextNode(" "));
    progress.appendChild(reset);
    var note = document.createElement("small");
    note.textContent = " " + progress.getAttribute("data-note");
    progress.appendChild(note);
    progress.hidden = false;

    function update() {
      var count = 0;
      Array.prototype.forEach.call(items, function (item) {
        var checked = done.indexOf(item.getAttribute("data-step")) !== -1;
        item.classList.toggle("is-done", checked);
        item.querySelector("input[type=checkbox]").checked = checked;
        if (checked) count += 1;
      });
      status.textContent = progress.getAttribute("data-template")
        .replace("%(done)s", count).replace("%(total)s", items.length);
    }

    Array.prototype.forEach.call(items, function (item, index) {
      var step = item.getAttribute("data-step");
      var title = item.querySelector(".step-title");
      var box = document.createElement("input");
      box.type = "checkbox";
      box.id = "check-" + section.getAttribute("data-checklist") + "-" + index;
      var label = document.createElement("label");
      label.htmlFor = box.id;
      label.className = "step-title";
      label.textContent = title.textContent;
      title.parentNode.replaceChild(label, title);
      label.parentNode.insertBefore(box, label);
      box.addEventListener("change", function () {
        done = done.filter(function (value) { return value !== step; });
        if (box.checked) done.push(step);
        save(key, done);
        update();
      });
    });
    reset.addEventListener("click", function () {
      done = [];
      save(key, done);
      update();
    });
    update();
  }

  Array.prototype.forEach.call(document.querySelectorAll(".worker-checklist[data-checklist]"), init);
})();
