/* geo-tracker client-side event layer.
 *
 * Renders one compact columnar payload (written by geo_tracker/maps.py) into Leaflet layers:
 * clustered event markers (points for exact places, circles of the uncertainty radius for
 * approximate areas), one layer-control overlay per category, a legend, a period slider, an
 * optional heatmap, cluster hulls and (offline) admin boundaries.
 *
 * Security: every string from the data is article text and untrusted. The DOM is built with
 * textContent / setAttribute only; links are made clickable only for http(s) URLs.
 * State for tests and scripts: window.__geoTracker (the last map) and window.__geoTrackerMaps.
 */
(function () {
  'use strict';

  var GT = window.GeoTracker = window.GeoTracker || {};
  var COLOR_RE = /^#[0-9a-fA-F]{6}$/;
  var ARABIC_RE = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function arText(tag, cls, text) {
    var e = el(tag, cls, text);
    var s = text === null || text === undefined ? '' : String(text);
    e.setAttribute('dir', ARABIC_RE.test(s) ? 'rtl' : 'auto');
    if (ARABIC_RE.test(s)) { e.setAttribute('lang', 'ar'); }
    return e;
  }

  function safeColor(c, fallback) {
    return (typeof c === 'string' && COLOR_RE.test(c)) ? c : (fallback || '#999999');
  }

  /* Return the normalised URL if it is http(s), else null. */
  function safeUrl(u) {
    if (typeof u !== 'string') { return null; }
    try {
      var p = new URL(u);
      if ((p.protocol === 'http:' || p.protocol === 'https:') && p.hostname) { return p.href; }
    } catch (e) { /* not a URL: shown as plain text */ }
    return null;
  }
  GT.safeUrl = safeUrl;

  function decodePayload(node) {
    var enc = node.getAttribute('data-encoding') || 'json';
    var text = node.textContent;
    if (enc === 'json') { return Promise.resolve(JSON.parse(text)); }
    if (enc === 'gzip+base64') {
      if (typeof DecompressionStream === 'undefined') {
        return Promise.reject(new Error('this browser cannot decompress the map data (DecompressionStream missing)'));
      }
      var bin = atob(text.replace(/\s+/g, ''));
      var bytes = new Uint8Array(bin.length);
      for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      return new Response(stream).text().then(JSON.parse);
    }
    return Promise.reject(new Error('unknown payload encoding'));
  }
  GT.decodePayload = decodePayload;

  function uiText(ui, key, lang, vars) {
    var s = (ui[key] && ui[key][lang]) || key;
    if (vars) {
      Object.keys(vars).forEach(function (k) { s = s.split('{' + k + '}').join(String(vars[k])); });
    }
    return s;
  }

  function fmtKm(v) {
    return v >= 10 ? String(Math.round(v)) : String(Math.round(v * 10) / 10);
  }

  /* A Layers control whose item names are built with textContent (Leaflet uses innerHTML). */
  var SafeLayers = L.Control.Layers.extend({
    _addItem: function (obj) {
      var label = L.Control.Layers.prototype._addItem.call(
        this, {layer: obj.layer, name: '', overlay: obj.overlay});
      var holder = label.firstChild;
      var nameSpan = holder.lastChild;
      nameSpan.textContent = ' ';
      var meta = obj.layer.gtMeta || {text: obj.name};
      if (meta.color) {
        var sw = el('span', 'gt-swatch');
        sw.style.background = safeColor(meta.color);
        nameSpan.appendChild(sw);
      }
      nameSpan.appendChild(document.createTextNode(meta.text));
      if (meta.ar) {
        nameSpan.appendChild(document.createTextNode(' · '));
        nameSpan.appendChild(arText('span', 'gt-ar', meta.ar));
      }
      if (meta.cat !== undefined) { label.setAttribute('data-gt-cat', String(meta.code)); }
      if (meta.kind) { label.setAttribute('data-gt-overlay', meta.kind); }
      return label;
    }
  });

  function flatToLatLngs(flat) {
    var out = new Array(flat.length / 2);
    for (var i = 0, j = 0; i < flat.length; i += 2, j++) { out[j] = [flat[i], flat[i + 1]]; }
    return out;
  }

  /* [[outerFlat, holeFlat...], ...] -> Leaflet (multi)polygon latlngs */
  function partsToLatLngs(parts) {
    return parts.map(function (part) { return part.map(flatToLatLngs); });
  }

  function GeoTrackerLayer(map, data, opts) {
    data.cat = data.by === 'event_type' ? data.typ : data.act;
    data.cats = data.by === 'event_type' ? data.types : data.actors;
    this.map = map;
    this.data = data;
    this.opts = opts || {};
    this.ready = false;
    this.errors = [];
    this.period = 0;             // 0 = all periods, k = periods[k-1]
    this.cumulative = false;     // true: periods 1..k
    this.hidden = {};            // category index -> true when switched off
    this.counts = {total: data.n, shown: 0, byCategory: {}, points: 0, areas: 0, hulls: 0,
                   categories: data.cats.length, periods: (data.periods || []).length};
    this._pending = false;
    this.timing = {start: performance.now()};
    this._build();
  }

  GeoTrackerLayer.prototype._build = function () {
    var self = this, map = this.map, d = this.data, ui = d.ui || {};
    this.ui = ui;
    // markercluster needs a max zoom; an offline map has no tile layer to give one
    if (map.options.maxZoom === undefined) { map.setMaxZoom(18); }
    ['gtBase', 'gtLabels', 'gtHulls', 'gtAreas', 'gtPoints'].forEach(function (name, k) {
      var pane = map.createPane(name);
      pane.style.zIndex = String([250, 260, 380, 390, 410][k]);
    });
    if (d.boundaries) { this._drawBoundaries(d.boundaries); }

    var n = d.n, cats = d.cats, catOf = d.cat;
    var layers = this.layers = new Array(n);
    // Approximate locations are drawn as their uncertainty circles, never folded into a
    // cluster bubble (a bubble would be a false pin) — unless there are too many to draw.
    var nAreas = 0;
    for (var a = 0; a < n; a++) { if (d.prec[a] >= 2 && d.unc[a] > 0) { nAreas++; } }
    this.areasApart = nAreas <= 5000;
    for (var i = 0; i < n; i++) {
      var c = cats[catOf[i]], color = safeColor(c.color), lay;
      var ll = [d.lat[i], d.lon[i]];
      if (d.prec[i] >= 2 && d.unc[i] > 0) {
        lay = L.circle(ll, {radius: d.unc[i] * 1000, color: color, weight: 1.5, dashArray: '5 4',
                            fillColor: color, fillOpacity: 0.12, pane: 'gtAreas',
                            className: 'gt-ev gt-area'});
        lay.gtArea = true;
        this.counts.areas++;
      } else {
        lay = L.circleMarker(ll, {radius: 6, color: '#222222', weight: 1, fillColor: color,
                                  fillOpacity: 0.9, pane: 'gtPoints', className: 'gt-ev gt-point'});
        this.counts.points++;
      }
      lay.gtIndex = i;
      lay.gtCat = catOf[i];
      layers[i] = lay;
    }

    this.timing.layers = performance.now() - this.timing.start;
    this.group = L.markerClusterGroup({
      chunkedLoading: true,
      chunkInterval: 150,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      removeOutsideVisibleBounds: true,
      iconCreateFunction: function (cluster) { return self._clusterIcon(cluster); }
    });
    var onClick = function (e) {
      var lay = e.propagatedFrom || e.layer;
      if (lay && lay.gtIndex !== undefined) { self.openPopup(lay.gtIndex, e.latlng); }
    };
    this.group.on('click', onClick);
    this.group.addTo(map);
    this.areas = L.featureGroup();
    this.areas.on('click', onClick);
    this.areas.addTo(map);

    var control = this.control = new SafeLayers(null, null, {collapsed: false, position: 'topright'});
    cats.forEach(function (c, k) {
      var dummy = L.layerGroup();
      dummy.gtMeta = {text: c.en, ar: c.ar, color: c.color, cat: k, code: c.code, kind: 'category'};
      dummy.gtCatIndex = k;
      dummy.addTo(map);
      control.addOverlay(dummy, c.en);
    });
    if (d.heat) {
      this.heat = L.heatLayer([], {radius: 18, blur: 22, maxZoom: 11, minOpacity: 0.3});
      this.heat.gtMeta = {text: 'Heatmap (density)', kind: 'heatmap'};
      this.heat.addTo(map);
      control.addOverlay(this.heat, 'heatmap');
    }
    if (d.hulls && d.hulls.length) {
      this.hullLayer = this._drawHulls(d.hulls);
      this.hullLayer.gtMeta = {text: 'Cluster hulls', kind: 'hulls'};
      this.hullLayer.addTo(map);
      control.addOverlay(this.hullLayer, 'hulls');
    }
    control.addTo(map);

    map.on('overlayadd overlayremove', function (e) {
      if (e.layer && e.layer.gtCatIndex !== undefined) {
        if (e.type === 'overlayremove') { self.hidden[e.layer.gtCatIndex] = true; }
        else { delete self.hidden[e.layer.gtCatIndex]; }
        self.refresh();
      }
    });

    this._addLegend();
    if (d.periods && d.periods.length) { this._addPeriodControl(); }
    this._addTitle();

    var b = d.bounds;
    if (b) { map.fitBounds([[b[0], b[1]], [b[2], b[3]]], {padding: [20, 20], maxZoom: 11}); }
    this.refresh();
  };

  GeoTrackerLayer.prototype._clusterIcon = function (cluster) {
    var kids = cluster.getAllChildMarkers(), cats = this.data.cats;
    var counts = {}, k, total = kids.length;
    for (var i = 0; i < kids.length; i++) { k = kids[i].gtCat; counts[k] = (counts[k] || 0) + 1; }
    var stops = [], acc = 0;
    Object.keys(counts).sort(function (a, b) { return a - b; }).forEach(function (key) {
      var c = safeColor(cats[key].color);
      var a0 = acc / total * 360;
      acc += counts[key];
      stops.push(c + ' ' + a0.toFixed(1) + 'deg ' + (acc / total * 360).toFixed(1) + 'deg');
    });
    var size = total < 10 ? 30 : total < 100 ? 36 : total < 1000 ? 42 : 48;
    var outer = el('div', 'gt-cluster-pie');
    outer.style.background = 'conic-gradient(' + stops.join(',') + ')';
    outer.style.width = outer.style.height = size + 'px';
    var inner = el('span', 'gt-cluster-count', String(total));
    outer.appendChild(inner);
    return L.divIcon({html: outer, className: 'marker-cluster gt-cluster',
                      iconSize: L.point(size, size)});
  };

  GeoTrackerLayer.prototype._visible = function (i) {
    if (this.hidden[this.data.cat[i]]) { return false; }
    if (this.period === 0) { return true; }
    return this.cumulative ? this.data.per[i] <= this.period - 1 : this.data.per[i] === this.period - 1;
  };

  /* Re-filter the layers (category toggles, period); queued while a chunked load runs. */
  GeoTrackerLayer.prototype.refresh = function () {
    if (this._loading) { this._pending = true; return; }
    var self = this, n = this.data.n, arr = [], by = {}, heatPts = [];
    for (var i = 0; i < n; i++) {
      if (this._visible(i)) {
        arr.push(this.layers[i]);
        var c = this.data.cats[this.data.cat[i]].code;
        by[c] = (by[c] || 0) + 1;
        if (this.heat) { heatPts.push([this.data.lat[i], this.data.lon[i]]); }
      }
    }
    this.counts.shown = arr.length;
    this.counts.byCategory = by;
    this.ready = false;
    this._loading = true;
    this.map.closePopup();
    this.group.clearLayers();
    this.areas.clearLayers();
    if (this.areasApart) {
      var pts = [];
      for (var j = 0; j < arr.length; j++) {
        if (arr[j].gtArea) { this.areas.addLayer(arr[j]); } else { pts.push(arr[j]); }
      }
      arr = pts;
    }
    if (this.heat) { this.heat.setLatLngs(heatPts); }
    this._updatePeriodLabel();
    var finish = function () {
      self._loading = false;
      if (self._pending) { self._pending = false; self.refresh(); return; }
      self.ready = true;
      self.timing.ready = performance.now() - self.timing.start;
      self.map.fire('gt:ready', {counts: self.counts});
    };
    if (!arr.length) { setTimeout(finish, 0); return; }
    this.group.options.chunkProgress = function (done, total) {
      if (done >= total) { setTimeout(finish, 0); }
    };
    this.group.addLayers(arr);
  };

  GeoTrackerLayer.prototype.setPeriod = function (k) {
    var max = (this.data.periods || []).length;
    k = Math.max(0, Math.min(max, k | 0));
    this.period = k;
    if (this.slider) { this.slider.value = String(k); }
    this.refresh();
  };

  /* Show events up to the chosen period (true) or in that period only (false). */
  GeoTrackerLayer.prototype.setCumulative = function (on) {
    this.cumulative = !!on;
    if (this.cumBox) { this.cumBox.checked = this.cumulative; }
    this.refresh();
  };

  /* Step through the periods, one every `ms` milliseconds (again to stop). */
  GeoTrackerLayer.prototype.togglePlay = function (ms) {
    var self = this, max = (this.data.periods || []).length;
    if (this._timer) {
      clearInterval(this._timer);
      this._timer = null;
      if (this.playBtn) { this.playBtn.textContent = '⏵ play'; }
      return;
    }
    if (this.period >= max) { this.setPeriod(0); }
    if (this.playBtn) { this.playBtn.textContent = '⏸ stop'; }
    this._timer = setInterval(function () {
      if (!self.ready) { return; }
      if (self.period >= max) { self.togglePlay(); return; }
      self.setPeriod(self.period + 1);
    }, ms || 1500);
  };

  GeoTrackerLayer.prototype.setCategoryVisible = function (code, on) {
    var layers = this.control._layers;
    for (var i = 0; i < layers.length; i++) {
      var lay = layers[i].layer;
      if (lay.gtMeta && lay.gtMeta.code === code) {
        if (on) { this.map.addLayer(lay); } else { this.map.removeLayer(lay); }
        if (on) { delete this.hidden[lay.gtCatIndex]; } else { this.hidden[lay.gtCatIndex] = true; }
      }
    }
    this.refresh();
  };

  GeoTrackerLayer.prototype.popupContent = function (i) {
    var d = this.data, ui = this.ui, cats = d.cats;
    var actor = d.actors[d.act[i]], etype = d.types[d.typ[i]];
    var cat = cats[d.cat[i]];
    var place = d.places[d.place[i]] || ['', '', ''];
    var d0 = d.dates[d.d0[i]], d1 = d.dates[d.d1[i]];
    var dateText = d0 ? (d1 && d1 !== d0 ? d0 + ' – ' + d1 : d0) : uiText(ui, 'undated', 'en');
    var approxDate = d.tp && d.tp[i] > 1;
    var target = d.targets[d.tgt[i]];
    var killed = d.k[i], injured = d.inj[i];
    var prec = d.prec[i], unc = d.unc[i];

    var root = el('div', 'gt-pop');
    root.setAttribute('data-gt-index', String(i));
    var head = el('div', 'gt-pop-head');
    var sw = el('span', 'gt-swatch');
    sw.style.background = safeColor(cat.color);
    head.appendChild(sw);
    head.appendChild(el('strong', null, etype.en + ' · ' + actor.en));
    root.appendChild(head);

    function row(tbl, label, value, isAr) {
      var tr = el('tr');
      tr.appendChild(el('th', null, label));
      if (isAr) {
        tr.appendChild(arText('td', null, value));
      } else if (isAr === false) {
        // dates and numbers inside the RTL table keep their left-to-right order
        var td = el('td');
        var b = el('bdi', null, value);
        b.setAttribute('dir', 'ltr');
        td.appendChild(b);
        tr.appendChild(td);
      } else {
        tr.appendChild(el('td', null, value));
      }
      tbl.appendChild(tr);
    }
    var precEn = prec >= 2 ? uiText(ui, 'precision_area', 'en', {km: fmtKm(unc)}) : uiText(ui, 'precision_1', 'en');
    var precAr = prec >= 2 ? uiText(ui, 'precision_area', 'ar', {km: fmtKm(unc)}) : uiText(ui, 'precision_1', 'ar');
    var cas = function (v, lang) { return v === null || v === undefined ? uiText(ui, 'not_reported', lang) : String(v); };

    var en = el('table', 'gt-pop-en');
    en.setAttribute('dir', 'ltr');
    en.setAttribute('lang', 'en');
    row(en, uiText(ui, 'date', 'en'), dateText + (approxDate ? ' (' + uiText(ui, 'approx_date', 'en') + ')' : ''));
    row(en, uiText(ui, 'actor', 'en'), actor.en);
    row(en, uiText(ui, 'event_type', 'en'), etype.en);
    if (target) { row(en, uiText(ui, 'target', 'en'), target.en); }
    row(en, uiText(ui, 'place', 'en'), [place[1], place[2]].filter(Boolean).join(', ') + ' (' + precEn + ')');
    row(en, uiText(ui, 'killed', 'en'), cas(killed, 'en'));
    row(en, uiText(ui, 'injured', 'en'), cas(injured, 'en'));
    root.appendChild(en);

    var ar = el('table', 'gt-pop-ar');
    ar.setAttribute('dir', 'rtl');
    ar.setAttribute('lang', 'ar');
    row(ar, uiText(ui, 'date', 'ar'), dateText, false);
    row(ar, uiText(ui, 'actor', 'ar'), actor.ar, true);
    row(ar, uiText(ui, 'event_type', 'ar'), etype.ar, true);
    if (target) { row(ar, uiText(ui, 'target', 'ar'), target.ar, true); }
    row(ar, uiText(ui, 'place', 'ar'), (place[0] || place[1]) + ' (' + precAr + ')', true);
    row(ar, uiText(ui, 'killed', 'ar'), cas(killed, 'ar'), true);
    row(ar, uiText(ui, 'injured', 'ar'), cas(injured, 'ar'), true);
    root.appendChild(ar);

    if (d.bg && d.bg[i]) { root.appendChild(el('p', 'gt-pop-note', uiText(ui, 'background', 'en'))); }

    var q = d.quotes[d.q[i]];
    if (q) {
      root.appendChild(arText('blockquote', 'gt-pop-quote', q));
      if (d.qt && d.qt[d.q[i]]) { root.appendChild(el('p', 'gt-pop-note', uiText(ui, 'quote_truncated', 'en'))); }
    }

    var srcs = d.sources[d.src[i]] || [], urls = d.urls[d.url[i]] || [];
    if (srcs.length || urls.length) {
      var box = el('div', 'gt-pop-sources');
      box.appendChild(el('span', 'gt-pop-label', uiText(ui, 'sources', 'en') + ': '));
      var list = el('ul');
      srcs.forEach(function (s) { list.appendChild(el('li', 'gt-src', s)); });
      urls.forEach(function (u) {
        var li = el('li', 'gt-url'), href = safeUrl(u);
        if (href) {
          var a = el('a', null, u);
          a.setAttribute('href', href);
          a.setAttribute('target', '_blank');
          a.setAttribute('rel', 'noopener noreferrer nofollow');
          li.appendChild(a);
        } else {
          li.appendChild(el('span', 'gt-url-text', u));
        }
        list.appendChild(li);
      });
      box.appendChild(list);
      root.appendChild(box);
    }
    if (d.ids) { root.appendChild(el('div', 'gt-pop-id', d.ids[i])); }
    return root;
  };

  /* Open event i's popup (at latlng, default the event's place); the popup is this.popup.
   * Returns nothing, so page.evaluate() callers do not serialise the whole map graph. */
  GeoTrackerLayer.prototype.openPopup = function (i, latlng) {
    var ll = latlng || L.latLng(this.data.lat[i], this.data.lon[i]);
    if (!this.popup) {
      this.popup = L.popup({maxWidth: 380, minWidth: 240, className: 'gt-popup',
                             autoPanPaddingTopLeft: [20, 60], autoPanPaddingBottomRight: [20, 20]});
    }
    this.popup.setLatLng(ll).setContent(this.popupContent(i));
    if (!this.map.hasLayer(this.popup)) { this.popup.openOn(this.map); }
  };

  GeoTrackerLayer.prototype._drawBoundaries = function (b) {
    var group = L.layerGroup(), self = this;
    // governorate fills first, district lines over them, governorate outlines on top
    (b.admin1 || []).forEach(function (f) {
      L.polygon(partsToLatLngs(f.rings), {pane: 'gtBase', interactive: false, stroke: false,
                                          fillColor: '#f4f1ea', fillOpacity: 1}).addTo(group);
    });
    (b.admin2 || []).forEach(function (f) {
      L.polygon(partsToLatLngs(f.rings), {pane: 'gtBase', interactive: false, color: '#a9b1b8',
                                          weight: 0.6, fill: false, className: 'gt-admin2'}).addTo(group);
    });
    (b.admin1 || []).forEach(function (f) {
      L.polygon(partsToLatLngs(f.rings), {pane: 'gtBase', interactive: false, color: '#5b6670',
                                          weight: 1.4, fill: false, className: 'gt-admin1'}).addTo(group);
    });
    (b.admin1 || []).forEach(function (f) {
      if (!f.label) { return; }
      var box = el('span', 'gt-admin-label');
      box.appendChild(el('span', null, f.name_en));
      if (f.name_ar) { box.appendChild(document.createTextNode(' ')); box.appendChild(arText('span', null, f.name_ar)); }
      L.tooltip({permanent: true, direction: 'center', className: 'gt-admin-tip', pane: 'gtLabels',
                 interactive: false})
        .setLatLng(f.label).setContent(box).addTo(group);
    });
    group.addTo(this.map);
    this.boundaries = group;
    this.map.getContainer().classList.add('gt-offline');
    self.counts.admin1 = (b.admin1 || []).length;
    self.counts.admin2 = (b.admin2 || []).length;
  };

  GeoTrackerLayer.prototype._drawHulls = function (hulls) {
    var group = L.featureGroup(), self = this;
    hulls.forEach(function (h) {
      var shape;
      if (h.rings && h.rings.length) {
        shape = L.polygon(partsToLatLngs(h.rings), {pane: 'gtHulls', color: '#333333', weight: 2,
                                                        dashArray: '7 5', fillOpacity: 0.04,
                                                        className: 'gt-hull'});
      } else {
        shape = L.circle(h.center, {radius: Math.max(h.radius_km || 1, 1) * 1000, pane: 'gtHulls',
                                    color: '#333333', weight: 2, dashArray: '7 5', fillOpacity: 0.04,
                                    className: 'gt-hull'});
      }
      var lab = el('span', 'gt-hull-text', h.label);
      shape.bindPopup(function () { return self._hullPopup(h); }, {className: 'gt-popup'});
      shape.addTo(group);
      var at = h.label_at || (shape.getBounds ? shape.getBounds().getCenter() : h.center);
      L.tooltip({permanent: true, direction: 'top', className: 'gt-hull-label', offset: [0, -2]})
        .setLatLng(at).setContent(lab).addTo(group);
      self.counts.hulls++;
    });
    return group;
  };

  GeoTrackerLayer.prototype._hullPopup = function (h) {
    var root = el('div', 'gt-pop gt-hull-pop');
    root.appendChild(el('strong', null, h.label));
    var t = el('table');
    [['Cluster', h.id], ['Actors', h.actors], ['Events', h.n], ['Dates', h.dates],
     ['Radius', h.radius_km === null || h.radius_km === undefined ? '' : fmtKm(h.radius_km) + ' km']]
      .forEach(function (r) {
        if (r[1] === null || r[1] === undefined || r[1] === '') { return; }
        var tr = el('tr');
        tr.appendChild(el('th', null, r[0]));
        tr.appendChild(el('td', null, r[1]));
        t.appendChild(tr);
      });
    root.appendChild(t);
    return root;
  };

  GeoTrackerLayer.prototype._addLegend = function () {
    var d = this.data;
    var Legend = L.Control.extend({
      options: {position: 'bottomright'},
      onAdd: function () {
        var box = el('div', 'gt-legend leaflet-bar');
        box.appendChild(el('div', 'gt-legend-title', d.by_label.en + ' · ' + d.by_label.ar));
        d.cats.forEach(function (c) {
          var r = el('div', 'gt-legend-row');
          r.setAttribute('data-gt-cat', c.code);
          var sw = el('span', 'gt-swatch');
          sw.style.background = safeColor(c.color);
          r.appendChild(sw);
          r.appendChild(el('span', null, c.en + ' (' + c.count + ')'));
          if (c.ar) { r.appendChild(document.createTextNode(' ')); r.appendChild(arText('span', 'gt-ar', c.ar)); }
          box.appendChild(r);
        });
        var sym = el('div', 'gt-legend-sym');
        var s1 = el('div'); s1.appendChild(el('span', 'gt-sym-point')); s1.appendChild(document.createTextNode(' exact place'));
        var s2 = el('div'); s2.appendChild(el('span', 'gt-sym-area')); s2.appendChild(document.createTextNode(' approximate area (radius = uncertainty)'));
        sym.appendChild(s1); sym.appendChild(s2);
        if (d.hulls && d.hulls.length) {
          var s3 = el('div'); s3.appendChild(el('span', 'gt-sym-hull')); s3.appendChild(document.createTextNode(' cluster hull'));
          sym.appendChild(s3);
        }
        box.appendChild(sym);
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
      }
    });
    this.legend = new Legend().addTo(this.map);
  };

  GeoTrackerLayer.prototype._addPeriodControl = function () {
    var self = this, periods = this.data.periods;
    var Ctl = L.Control.extend({
      options: {position: 'bottomleft'},
      onAdd: function () {
        var box = el('div', 'gt-period leaflet-bar');
        box.appendChild(el('div', 'gt-period-title', 'Period (' + self.data.period_unit + ')'));
        var rowEl = el('div', 'gt-period-row');
        var prev = el('button', 'gt-period-prev', '◀');
        prev.type = 'button';
        prev.setAttribute('aria-label', 'previous period');
        var next = el('button', 'gt-period-next', '▶');
        next.type = 'button';
        next.setAttribute('aria-label', 'next period');
        var slider = el('input', 'gt-period-slider');
        slider.type = 'range';
        slider.min = '0';
        slider.max = String(periods.length);
        slider.step = '1';
        slider.value = '0';
        slider.setAttribute('aria-label', 'period (0 = all periods)');
        rowEl.appendChild(prev); rowEl.appendChild(slider); rowEl.appendChild(next);
        box.appendChild(rowEl);
        var opts = el('div', 'gt-period-opts');
        var play = el('button', 'gt-period-play', '⏵ play');
        play.type = 'button';
        play.setAttribute('aria-label', 'play through the periods');
        var cumLabel = el('label', 'gt-period-cum');
        var cum = el('input');
        cum.type = 'checkbox';
        cumLabel.appendChild(cum);
        cumLabel.appendChild(document.createTextNode(' cumulative'));
        opts.appendChild(play); opts.appendChild(cumLabel);
        box.appendChild(opts);
        self.playBtn = play;
        self.cumBox = cum;
        play.addEventListener('click', function () { self.togglePlay(); });
        cum.addEventListener('change', function () { self.setCumulative(cum.checked); });
        self.periodLabel = el('div', 'gt-period-label');
        box.appendChild(self.periodLabel);
        self.slider = slider;
        slider.addEventListener('input', function () { self.setPeriod(parseInt(slider.value, 10)); });
        prev.addEventListener('click', function () { self.setPeriod(self.period - 1); });
        next.addEventListener('click', function () { self.setPeriod(self.period + 1); });
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
      }
    });
    this.periodControl = new Ctl().addTo(this.map);
    this._updatePeriodLabel();
  };

  GeoTrackerLayer.prototype._updatePeriodLabel = function () {
    if (!this.periodLabel) { return; }
    var p = this.period, periods = this.data.periods;
    var txt = p === 0 ? uiText(this.ui, 'all_periods', 'en')
      : (this.cumulative ? 'up to ' : '') + periods[p - 1].key + (periods[p - 1].start ? ' (' + periods[p - 1].start + ' – ' + periods[p - 1].end + ')' : '');
    this.periodLabel.textContent = txt + ': ' + this.counts.shown + ' events';
  };

  GeoTrackerLayer.prototype._addTitle = function () {
    var t = el('div', 'gt-title', this.data.title || '');
    if (!this.data.title) { return; }
    t.setAttribute('dir', 'auto');
    this.map.getContainer().appendChild(t);
    L.DomEvent.disableClickPropagation(t);
  };

  /* Entry point used by the generated page. */
  GT.init = function (map, dataId) {
    var node = document.getElementById(dataId);
    var registry = window.__geoTrackerMaps = window.__geoTrackerMaps || [];
    var pending = {ready: false, loading: true, errors: [], counts: {}};
    window.__geoTracker = pending;
    return decodePayload(node).then(function (data) {
      if (!data.quote_chunks) { return data; }
      var parts = [];
      for (var k = 1; k <= data.quote_chunks; k++) {
        parts.push(decodePayload(document.getElementById(dataId + '-' + k)));
      }
      return Promise.all(parts).then(function (arrays) {
        data.quotes = Array.prototype.concat.apply([], arrays);
        return data;
      });
    }).then(function (data) {
      var layer = new GeoTrackerLayer(map, data);
      registry.push(layer);
      window.__geoTracker = layer;
      return layer;
    }).catch(function (err) {
      pending.errors.push(String(err && err.message || err));
      var msg = el('div', 'gt-error', 'geo-tracker: could not load the map data: ' + (err && err.message || err));
      map.getContainer().appendChild(msg);
      if (window.console) { console.error(err); }
      throw err;
    });
  };
}());
