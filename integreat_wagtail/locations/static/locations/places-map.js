// The places map: Leaflet with the configured tiles and one marker per place in its category's
// colour, loaded only when the reader taps "Show the map" (Leaflet alone would double a page's
// weight). The list below is the content; without JavaScript, Leaflet or tiles it still works.
(function () {
  "use strict";
  var element = document.getElementById("places-map");
  var data = document.getElementById("places-map-data");
  var button = document.getElementById("places-map-show");
  if (!element || !data || !button) {
    return;
  }

  function draw() {
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
  }

  button.hidden = false;
  button.addEventListener("click", function () {
    button.hidden = true;
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = element.dataset.leafletCss;
    document.head.appendChild(style);
    var script = document.createElement("script");
    script.src = element.dataset.leafletJs;
    script.onload = draw;
    document.head.appendChild(script);
  });
})();
