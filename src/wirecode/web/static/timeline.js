/* wirecode: events on a vis-timeline axis. Every text goes in through textContent. */
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function names(list) {
    return (list || []).map(function (a) { return a.name; });
  }

  function participants(e) {
    var who = names(e.actors).join(", ");
    var to = names(e.recipients).join(", ");
    return to ? who + " → " + to : who;
  }

  function nextDay(iso) {
    var d = new Date(iso + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  }

  function groupOf(e, group) {
    if (group === "type") return e.event + (e.mode ? " · " + e.mode : "");
    return names(e.actors).concat(names(e.recipients)).sort().join(" – ") || "(no actor)";
  }

  /* Draw `events` into `box`; `onSelect(id)` is called when one is clicked. */
  function drawTimeline(box, events, group, onSelect) {
    var groups = [];
    var seen = {};
    var items = [];
    events.forEach(function (e) {
      if (!e.date_start) return;
      var g = groupOf(e, group);
      if (!seen[g]) {
        seen[g] = true;
        groups.push({ id: g, content: el("span", "group-label", g) });
      }
      var label = group === "type" ? participants(e) : e.event + (e.mode ? " · " + e.mode : "");
      var content = el("span", "item-label", label + " · " + (e.date || ""));
      var item = {
        id: e.id,
        group: g,
        start: e.date_start,
        content: content,
        className: "status-" + e.status,
        type: "box",
      };
      if (e.date_end && e.date_end !== e.date_start) {
        item.end = nextDay(e.date_end);
        item.type = "range";
      }
      items.push(item);
    });
    if (!items.length) {
      box.appendChild(el("p", "empty", "No dated event to draw."));
      return null;
    }
    groups.sort(function (a, b) { return a.id < b.id ? -1 : a.id > b.id ? 1 : 0; });
    // open on the span of the events (padded), not on today
    var first = Infinity;
    var last = -Infinity;
    items.forEach(function (item) {
      first = Math.min(first, Date.parse(item.start));
      last = Math.max(last, Date.parse(item.end || item.start));
    });
    var pad = Math.max((last - first) * 0.06, 1000 * 60 * 60 * 24 * 30);
    var timeline = new vis.Timeline(box, new vis.DataSet(items), new vis.DataSet(groups), {
      stack: true,
      orientation: { axis: "top" },
      margin: { item: 6 },
      zoomMin: 1000 * 60 * 60 * 24 * 7,
      selectable: true,
      showCurrentTime: false,
      start: new Date(first - pad),
      end: new Date(last + pad * 3), // box labels sit to the right of their day
      maxHeight: 640,
    });
    timeline.on("select", function (props) {
      if (props.items && props.items.length) onSelect(props.items[0]);
    });
    return timeline;
  }

  window.wirecode = window.wirecode || {};
  window.wirecode.el = el;
  window.wirecode.participants = participants;
  window.wirecode.drawTimeline = drawTimeline;

  var source = document.getElementById("timeline-data");
  var box = document.getElementById("timeline");
  if (source && box && window.vis) {
    var data = JSON.parse(source.textContent);
    window.wirecode.timeline = drawTimeline(box, data.events, data.group, function (id) {
      window.location.href = "/events/" + encodeURIComponent(id);
    });
  }
})();
