// The map view: country outlines drawn from a vendored TopoJSON file (no tile server), one
// circle per place sized by its number of events; clicking a circle lists its events.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("map-data").textContent);
  var worldUrl = document.getElementById("map-world").getAttribute("data-src");
  var box = document.getElementById("map");
  var side = document.getElementById("selection");
  if (typeof L === "undefined" || !box) { return; }
  var map = L.map(box, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([30, 20], 2);
  map.attributionControl.addAttribution("Outlines: Natural Earth via world-atlas");

  function escapeText(text) {
    var div = document.createElement("div");
    div.textContent = text == null ? "" : String(text);
    return div.innerHTML;
  }

  function show(place) {
    var items = place.events.map(function (e) {
      return "<li><a href=\"/events/" + encodeURIComponent(e.id) + "\">" +
        escapeText((e.date || "?") + " " + e.label) + "</a></li>";
    }).join("");
    side.innerHTML = "<h2>" + escapeText(place.name) + "</h2><p>" +
      escapeText((place.country || "?") + " · " + place.level + " · " + place.events.length +
        " event(s)") + "</p><ul>" + items + "</ul>";
  }

  var bounds = [];
  data.places.forEach(function (place) {
    if (place.lat == null || place.lon == null) { return; }
    var radius = 5 + 3 * Math.sqrt(place.events.length);
    var marker = L.circleMarker([place.lat, place.lon], {
      radius: radius, color: "#8a1c1c", weight: 1, fillColor: "#d9480f", fillOpacity: 0.7
    }).addTo(map);
    marker.bindTooltip(place.name + " (" + place.events.length + ")");
    marker.on("click", function () { show(place); });
    bounds.push([place.lat, place.lon]);
  });
  if (bounds.length === 1) { map.setView(bounds[0], 5); }
  else if (bounds.length > 1) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 6 }); }

  fetch(worldUrl).then(function (r) { return r.json(); }).then(function (world) {
    if (typeof topojson === "undefined") { return; }
    var countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, {
      style: { color: "#888", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
      interactive: false
    }).addTo(map).bringToBack();
  }).catch(function () { /* the circles still show without outlines */ });
  box.setAttribute("data-ready", "1");
}());
