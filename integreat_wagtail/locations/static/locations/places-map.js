// The places map: Leaflet with the configured tiles and one marker per place in its category's
// colour. The list below the map is the content; without Leaflet or tiles it still works.
(function () {
  "use strict";
  var element = document.getElementById("places-map");
  var data = document.getElementById("places-map-data");
  if (!element || !data || !window.L) {
    return;
  }
  var places = JSON.parse(data.textContent);
  var map = L.map(element, { scrollWheelZoom: false });
  L.tileLayer(element.dataset.tiles, { maxZoom: 19, attribution: element.dataset.attribution }).addTo(map);
  var bounds = [];
  places.forEach(function (place) {
    var point = [place.latitude, place.longitude];
    bounds.push(point);
    var link = document.createElement("a");
    link.href = place.url;
    link.textContent = place.name;
    L.circleMarker(point, { radius: 9, color: "#ffffff", weight: 2, fillColor: place.color, fillOpacity: 0.95 })
      .bindTooltip(place.name)
      .bindPopup(link)
      .addTo(map);
  });
  map.fitBounds(bounds, { padding: [32, 32], maxZoom: 16 });
  element.classList.add("is-ready");
})();
