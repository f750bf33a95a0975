/* wirecode report: list, timeline and evidence, from the JSON block; text via textContent. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var el = window.wirecode.el;
  var participants = window.wirecode.participants;
  var list = document.getElementById("events");
  var detail = document.getElementById("detail");
  var byId = {};
  var rows = {};
  data.events.forEach(function (e) { byId[e.id] = e; });

  function article(text, spans) {
    var box = el("div", "article");
    spans = spans.slice().sort(function (a, b) { return a[0] - b[0]; });
    var at = 0;
    spans.forEach(function (span) {
      var start = Math.max(span[0], at);
      if (span[1] <= start) return;
      box.appendChild(document.createTextNode(text.slice(at, start)));
      box.appendChild(el("mark", null, text.slice(start, span[1])));
      at = span[1];
    });
    box.appendChild(document.createTextNode(text.slice(at)));
    return box;
  }

  function locate(text, m) {
    if (m.start !== null && m.end !== null && m.start >= 0 && m.end <= text.length &&
        text.slice(m.start, m.end) === m.sentence) return [m.start, m.end];
    var found = text.indexOf(m.sentence);
    return found < 0 ? null : [found, found + m.sentence.length];
  }

  function field(dl, name, value) {
    dl.appendChild(el("dt", null, name));
    dl.appendChild(el("dd", null, value));
  }

  function select(id) {
    var e = byId[id];
    if (!e) return;
    Object.keys(rows).forEach(function (key) { rows[key].classList.remove("active"); });
    rows[id].classList.add("active");
    var title = el("h2", null, e.event + (e.mode ? " · " + e.mode : "") + " — " +
      (e.date || "undated"));
    var dl = el("dl", "fields");
    field(dl, "who", participants(e));
    field(dl, "status", e.status);
    field(dl, "how the date was found", e.date_basis ?
      e.date_basis + (e.date_text ? " — from “" + e.date_text + "”" : "") : "no date in the sources");
    if (e.initiator) field(dl, "initiated by", e.initiator.name);
    field(dl, "sources", String(e.sources));
    field(dl, "conflicts", e.conflicts.length ? e.conflicts.map(function (c) {
      return c.field + ": " + Object.keys(c.values).join(" · ") + " → " + c.chosen;
    }).join("; ") : "none");
    field(dl, "id", e.id);
    var parts = [title, dl];
    var docs = [];
    e.mentions.forEach(function (m) { if (docs.indexOf(m.document) < 0) docs.push(m.document); });
    docs.forEach(function (docId) {
      var doc = data.documents[docId];
      var mine = e.mentions.filter(function (m) { return m.document === docId; });
      var section = el("section", "source");
      section.appendChild(el("h3", null, doc ? (doc.title || doc.path || doc.id) : docId));
      section.appendChild(el("p", "meta", "published " + ((doc && doc.published) || "?")));
      var sentences = el("ul", "sentences");
      var seen = {};
      mine.forEach(function (m) {
        if (seen[m.sentence]) return;
        seen[m.sentence] = true;
        sentences.appendChild(el("li", null, m.sentence));
      });
      section.appendChild(sentences);
      if (doc) {
        var spans = mine.map(function (m) { return locate(doc.text, m); }).filter(Boolean);
        section.appendChild(article(doc.text, spans));
      }
      parts.push(section);
    });
    detail.replaceChildren.apply(detail, parts);
    if (window.wirecode.timeline) window.wirecode.timeline.setSelection([id]);
    if (window.location.hash !== "#" + id) history.replaceState(null, "", "#" + id);
  }

  data.events.forEach(function (e) {
    var item = el("li");
    item.appendChild(el("strong", null, (e.date || "undated") + " "));
    item.appendChild(document.createTextNode(e.event + (e.mode ? " · " + e.mode : "") + " — " +
      participants(e) + " "));
    item.appendChild(el("span", "status-" + e.status, e.status));
    item.dataset.search = [e.date, e.event, e.mode, e.status, participants(e)].join(" ")
      .toLowerCase();
    item.addEventListener("click", function () { select(e.id); });
    rows[e.id] = item;
    list.appendChild(item);
  });
  document.getElementById("filter").addEventListener("input", function (event) {
    var words = event.target.value.toLowerCase().split(/\s+/).filter(Boolean);
    Object.keys(rows).forEach(function (id) {
      var text = rows[id].dataset.search;
      rows[id].hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
    });
  });
  window.wirecode.timeline = window.wirecode.drawTimeline(
    document.getElementById("timeline"), data.events, "pair", select);
  var wanted = decodeURIComponent(window.location.hash.slice(1));
  if (byId[wanted]) select(wanted);
})();
