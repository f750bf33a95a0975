/* wirecode: actors as nodes, contacts as weighted edges (vis-network); a click lists events. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var box = document.getElementById("network");
  var panel = document.getElementById("selection");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  if (!data.nodes.length) {
    box.appendChild(el("p", "empty", "No contacts match."));
    return;
  }
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return {
      id: n.id,
      label: n.name,
      value: n.events,
      group: n.country || "none",
      title: el("span", null, n.name + (n.country ? " (" + n.country + ")" : "") + ": " +
        n.events + " events"),
    };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {
      id: e.id,
      from: e.source,
      to: e.target,
      value: e.events,
      label: String(e.events),
      title: el("span", null, byId[e.source].name + " – " + byId[e.target].name + ": " +
        e.events + " events"),
    };
  }));
  window.wirecode = window.wirecode || {};
  var network = new vis.Network(box, { nodes: [], edges: [] }, {
    nodes: { shape: "dot", scaling: { min: 12, max: 40 }, font: { size: 16, strokeWidth: 3 } },
    edges: {
      scaling: { min: 2, max: 14, label: { enabled: false } },
      color: { color: "#8fa3bf", highlight: "#d9480f", hover: "#d9480f" },
      font: { size: 13, align: "middle", strokeWidth: 3 },
      smooth: false,
      selectionWidth: 3,
    },
    physics: { solver: "forceAtlas2Based", stabilization: { iterations: 300 } },
    interaction: { hover: true, selectConnectedEdges: false, tooltipDelay: 150 },
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    network.fit();
    window.wirecode.networkReady = true;
  });
  window.wirecode.network = network;
  network.setData({ nodes: nodes, edges: edges });

  function show(title, params) {
    var query = new URLSearchParams();
    ["event", "status", "since", "until", "min_sources"].forEach(function (key) {
      if (data.filters[key] !== undefined) query.set(key, data.filters[key]);
    });
    Object.keys(params).forEach(function (key) { query.set(key, params[key]); });
    query.set("limit", "200");
    panel.replaceChildren(el("h2", null, title), el("p", "hint", "loading…"));
    fetch("/timeline.json?" + query.toString())
      .then(function (response) { return response.json(); })
      .then(function (result) {
        var list = el("ol", "selected-events");
        (result.events || []).forEach(function (e) {
          var item = el("li");
          var link = el("a", null, (e.date || "undated") + " · " + e.event +
            (e.mode ? " · " + e.mode : ""));
          link.href = "/events/" + encodeURIComponent(e.id);
          item.appendChild(link);
          item.appendChild(el("span", "status status-" + e.status, " " + e.status));
          if (e.mentions && e.mentions.length) {
            item.appendChild(el("blockquote", null, e.mentions[0].sentence));
          }
          list.appendChild(item);
        });
        var count = result.total === undefined ? "" : result.total + " events";
        panel.replaceChildren(el("h2", null, title), el("p", "hint", count), list);
        panel.dataset.loaded = "true";
      });
  }

  network.on("click", function (params) {
    if (params.nodes.length) {
      var node = byId[params.nodes[0]];
      show(node.name, { actor: node.id });
    } else if (params.edges.length) {
      var edge = edges.get(params.edges[0]);
      show(byId[edge.from].name + " – " + byId[edge.to].name, { actor: edge.from, with: edge.to });
    }
  });
})();
