// rasd's web map: events from the REST API on a Leaflet map, a timeline to brush dates,
// filters, the list of events in view, and each event's Arabic evidence.
"use strict";

const TYPES = {
  "Battles": "#d7301f", "Explosions/Remote violence": "#fc8d59", "Violence against civilians": "#7a0177",
  "Protests": "#2b8cbe", "Riots": "#41ae76", "Strategic developments": "#737373",
};
const MAX_EVENTS = 5000; // loaded per view; the status line says when there are more
const LIST_MAX = 300; // events listed beside the map; the heading says when there are more
const TIME_PRECISION = { 1: "the day is known", 2: "only the week is known", 3: "only the month is known" };
const GEO_PRECISION = { 1: "the place itself", 2: "near the place, or a part of it", 3: "only the region is known" };
const state = { country: "", type: "", actor: "", q: "", since: "", until: "", events: [], selected: null };

const $ = (sel) => document.querySelector(sel);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g,
  (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

async function getJSON(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status} ${(await r.json().catch(() => ({}))).detail || ""}`);
  return r.json();
}

function filterParams() {
  const p = new URLSearchParams();
  if (state.country) p.set("country", state.country);
  if (state.type) p.set("type", state.type);
  if (state.actor) p.set("actor", state.actor);
  if (state.q) p.set("q", state.q);
  if (state.since) p.set("since", state.since);
  if (state.until) p.set("until", state.until);
  return p;
}

// --- map --------------------------------------------------------------------------------
const map = L.map("map", { minZoom: 2, maxZoom: 14 }).setView([30, 40], 4); // markercluster needs a maxZoom
const cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
map.addLayer(cluster);

async function drawBaseMap(config) {
  if (config.tiles) {
    L.tileLayer(config.tiles, { maxZoom: 18, attribution: "tiles: configured provider" }).addTo(map);
    return;
  }
  const outlines = await getJSON("/basemap.geojson");
  L.geoJSON(outlines, { style: { color: "#889", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 },
                        interactive: false }).addTo(map);
  // country names, the more prominent ones first (Natural Earth's label rank), more as one zooms in
  const labels = L.layerGroup().addTo(map);
  const placeLabels = () => {
    labels.clearLayers();
    for (const f of outlines.features) {
      const [x, y] = f.properties.label || [];
      if (x === undefined || (f.properties.rank || 9) > map.getZoom() + 1) continue;
      labels.addLayer(L.marker([y, x], { interactive: false, keyboard: false,
        icon: L.divIcon({ className: "country-label", html: esc(f.properties.name), iconSize: null }) }));
    }
  };
  map.on("zoomend", placeLabels);
  placeLabels();
}

function addLegend() {
  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () => {
    const div = L.DomUtil.create("div", "legend");
    div.innerHTML = "<strong>Event type</strong>" + Object.entries(TYPES).map(([t, c]) =>
      `<div><span class="swatch" style="background:${c}"></span>${esc(t)}</div>`).join("") +
      '<div class="legend-note"><span class="size-demo small"></span><span class="size-demo big"></span> ' +
      "size: fatalities</div>" +
      '<div class="legend-note"><span class="cluster-demo">12</span> a group of nearby events: click to zoom</div>';
    return div;
  };
  legend.addTo(map);
}

const markers = new Map(); // event id -> its marker, to find it from the list

function marker(e) {
  const m = L.circleMarker([e.latitude, e.longitude], {
    radius: 5 + 2 * Math.sqrt(e.fatalities || 0), color: "#222", weight: 1,
    fillColor: TYPES[e.event_type] || "#999", fillOpacity: 0.85,
  });
  m.bindTooltip(`${esc(e.event_date)} · ${esc(e.sub_event_type)} · ${esc(e.location)}`);
  m.on("click", () => showEvent(e.event_id));
  m.eventId = e.event_id;
  markers.set(e.event_id, m);
  return m;
}

// --- data -------------------------------------------------------------------------------
async function loadEvents() {
  $("#status").textContent = "loading…";
  const events = [];
  let cursor = null;
  do {
    const p = filterParams();
    p.set("limit", "1000");
    p.set("sort", "-date");
    if (cursor) p.set("cursor", cursor);
    const page = await getJSON(`/events?${p}`);
    events.push(...page.events);
    cursor = page.next_cursor;
  } while (cursor && events.length < MAX_EVENTS);
  state.events = events;
  markers.clear();
  cluster.clearLayers();
  cluster.addLayers(events.map(marker));
  $("#status").textContent = `${events.length}${cursor ? "+" : ""} events` +
    (cursor ? ` (showing the latest ${events.length}; narrow the filters to see all)` : "");
  drawTimeline();
  listInView();
}

function loaded() {  // the page shows the result of the latest filters (tests wait for this)
  document.body.dataset.loads = String(Number(document.body.dataset.loads || 0) + 1);
}

function listInView() {
  const bounds = map.getBounds();
  const inView = state.events.filter((e) => bounds.contains([e.latitude, e.longitude]));
  $("#in-view").textContent = inView.length > LIST_MAX ?
    `(${inView.length}; the latest ${LIST_MAX} listed: zoom in or filter for the rest)` : `(${inView.length})`;
  $("#list").innerHTML = inView.slice(0, LIST_MAX).map((e) =>
    `<li data-id="${esc(e.event_id)}" class="${e.event_id === state.selected ? "selected" : ""}">` +
    `<span class="swatch" style="background:${TYPES[e.event_type] || "#999"}"></span>` +
    `${esc(e.event_date)} · ${esc(e.sub_event_type)} · ${esc(e.location)}` +
    (e.fatalities ? ` · ${e.fatalities} killed` : "") + "</li>").join("");
}

// --- event detail -----------------------------------------------------------------------
async function showEvent(id) {
  state.selected = id;
  listInView();
  const info = await getJSON(`/events/${encodeURIComponent(id)}`);
  const e = info.event;
  const rows = [["Date", `${e.event_date} (${TIME_PRECISION[e.time_precision] || "precision " + e.time_precision})`],
    ["Type", `${e.event_type} / ${e.sub_event_type}`],
    ["Actor 1", e.actor1], ["Actor 2", e.actor2],
    ["Place", `${e.location}, ${e.admin1}, ${e.country} (${GEO_PRECISION[e.geo_precision] || "precision " + e.geo_precision})`],
    ["Fatalities", e.fatalities + (info.fatalities_reported.length > 1 ?
      ` (reports: ${info.fatalities_reported.join(", ")})` : "")],
    ["Sources", e.source], ["Denied by", (info.denied_by || []).join(", ")],
    ["Confidence", `${e.confidence} (the chance that this is a real event, as the model judges it)`], ["Event id", e.event_id + (info.merged_into ? ` → ${info.merged_into}` : "")]];
  const parts = ['<button type="button" class="close" id="detail-close" aria-label="close">×</button>',
    `<h2>${esc(e.sub_event_type)} in ${esc(e.location)}</h2>`,
    `<p class="note">${esc(e.notes)}</p>`,
    "<table>" + rows.filter(([, v]) => v !== null && v !== undefined && v !== "")
      .map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`).join("") + "</table>",
    `<h2>Reported in ${info.reports.length} article(s)</h2>`];
  for (const r of info.reports) {
    const a = await getJSON(`/articles/${encodeURIComponent(r.article_id)}`);
    parts.push(`<h3>${esc(r.outlet || r.url || r.article_id)}${a.published ? " · " + esc(a.published) : ""}</h3>`,
      `<div class="article" dir="rtl" lang="ar">${a.highlighted_html}</div>`);
  }
  const box = $("#detail");
  box.innerHTML = parts.join("");
  box.hidden = false;
  $("#detail-close").addEventListener("click", closeEvent);
  box.scrollIntoView({ block: "nearest" });
}

function closeEvent() {
  state.selected = null;
  if (ring) { ring.remove(); ring = null; }
  $("#detail").hidden = true;
  listInView();
}

let ring = null; // marks the chosen event on the map, outside the clusters

function zoomTo(id) {
  const e = state.events.find((x) => x.event_id === id);
  if (!e) return;
  if (ring) ring.remove();
  ring = L.circleMarker([e.latitude, e.longitude], { radius: 16, color: "#000", weight: 3, fill: false,
    interactive: false, className: "selected-ring" }).addTo(map);
  map.setView([e.latitude, e.longitude], Math.max(map.getZoom(), 9), { animate: false });
}

// --- timeline with a brush --------------------------------------------------------------
const DAY = 86400000;
let timeScale = null;

function drawTimeline() {
  const svg = $("#timeline");
  const width = svg.clientWidth || 800, height = svg.clientHeight || 90;
  const counts = new Map();
  for (const e of state.events) counts.set(e.event_date, (counts.get(e.event_date) || 0) + 1);
  const days = [...counts.keys()].sort();
  if (!days.length) { svg.innerHTML = ""; timeScale = null; return; }
  const t0 = Date.parse(days[0]), t1 = Date.parse(days[days.length - 1]) + DAY;
  const top = Math.max(...counts.values());
  const x = (t) => 30 + (width - 40) * (t - t0) / (t1 - t0);
  timeScale = { t0, t1, x, toTime: (px) => t0 + (px - 30) * (t1 - t0) / (width - 40) };
  const barW = Math.max(1, (width - 40) * DAY / (t1 - t0) - 1);
  svg.innerHTML = days.map((d) => {
    const h = (height - 25) * counts.get(d) / top;
    return `<rect class="bar" x="${x(Date.parse(d))}" y="${height - 18 - h}" width="${barW}" height="${h}">` +
      `<title>${d}: ${counts.get(d)}</title></rect>`;
  }).join("") +
    `<text x="30" y="${height - 4}" font-size="11">${days[0]}</text>` +
    `<text x="${width - 10}" y="${height - 4}" font-size="11" text-anchor="end">${days[days.length - 1]}</text>` +
    // the count axis: the tallest bar's count at its height, zero at the base line
    `<line class="axis" x1="28" x2="28" y1="${height - 18 - (height - 25)}" y2="${height - 18}"></line>` +
    `<text x="24" y="${height - 18 - (height - 25) + 9}" font-size="10" text-anchor="end">${top}</text>` +
    `<text x="24" y="${height - 18}" font-size="10" text-anchor="end">0</text>` +
    `<text x="${width / 2}" y="${height - 4}" font-size="10" text-anchor="middle" class="hint">` +
    "events a day · drag to choose dates</text>" +
    `<rect class="brush" id="brush" x="0" y="0" width="0" height="${height - 18}"></rect>`;
  if (state.since && state.until) {  // the chosen range stays drawn
    const a = x(Date.parse(state.since)), b = x(Date.parse(state.until) + DAY);
    const brush = $("#brush");
    brush.setAttribute("x", Math.max(30, a));
    brush.setAttribute("width", Math.max(2, Math.min(width - 10, b) - Math.max(30, a)));
  }
}

function isoDay(t) { return new Date(t).toISOString().slice(0, 10); }

function setupBrush() {
  const svg = $("#timeline");
  let start = null;
  const px = (ev) => ev.clientX - svg.getBoundingClientRect().left;
  svg.addEventListener("mousedown", (ev) => { if (timeScale) start = px(ev); });
  svg.addEventListener("mousemove", (ev) => {
    if (start === null) return;
    const brush = $("#brush"), a = Math.min(start, px(ev)), b = Math.max(start, px(ev));
    brush.setAttribute("x", a);
    brush.setAttribute("width", b - a);
  });
  svg.addEventListener("mouseup", (ev) => {
    if (start === null) return;
    const a = Math.min(start, px(ev)), b = Math.max(start, px(ev));
    start = null;
    if (b - a < 3) return;
    state.since = isoDay(timeScale.toTime(a));
    state.until = isoDay(timeScale.toTime(b));
    applyFilters();
  });
  svg.addEventListener("dblclick", () => { state.since = state.until = ""; applyFilters(); });
}

// --- filters and start-up ---------------------------------------------------------------
function applyFilters({ zoom = false } = {}) {
  $("#f-dates").textContent = state.since ? `${state.since} → ${state.until}` : "";
  $("#f-dates-clear").hidden = !state.since;
  loadEvents().then(() => {
    if (zoom && state.events.length) {
      map.fitBounds(L.latLngBounds(state.events.map((e) => [e.latitude, e.longitude])).pad(0.2),
                    { maxZoom: 9, animate: false });
      listInView();
    }
    return loadAlerts();
  }).then(loaded).catch(showError);
}

async function suggestActors(text) {
  const p = new URLSearchParams({ q: text, limit: "20" });
  const { actors } = await getJSON(`/actors?${p}`);
  $("#actors").innerHTML = actors.map((a) => `<option value="${esc(a.name)}">${esc(a.name)} (${a.events})</option>`).join("");
}

function showError(err) { $("#status").textContent = `error: ${err.message}`; }

async function loadAlerts() {
  const p = new URLSearchParams();
  if (state.country) p.set("country", state.country);
  const { alerts } = await getJSON(`/alerts?${p}`);
  const box = $("#alerts");
  box.hidden = !alerts.length;
  if (!alerts.length) return;
  box.querySelector("ul").innerHTML = alerts.map((a) =>
    `<li><strong>${esc(a.kind.replace("_", " "))}</strong>: ${esc(a.message)}<br><small>rule: ${esc(a.rule)}` +
    ` (value ${a.value}, threshold ${a.threshold})</small></li>`).join("");
  box.hidden = false;
}

async function start() {
  const config = await getJSON("/config.json");
  await drawBaseMap(config);
  const stats = await getJSON("/stats");
  $("#f-country").innerHTML += stats.country.map((r) => `<option>${esc(r.key)}</option>`).join("");
  $("#f-type").innerHTML += Object.keys(TYPES).map((t) => `<option>${esc(t)}</option>`).join("");
  $("#f-country").addEventListener("change", (ev) => { state.country = ev.target.value; applyFilters({ zoom: true }); });
  $("#f-type").addEventListener("change", (ev) => { state.type = ev.target.value; applyFilters(); });
  $("#f-actor").addEventListener("input", (ev) => suggestActors(ev.target.value).catch(showError));
  $("#f-actor").addEventListener("change", (ev) => { state.actor = ev.target.value.trim(); applyFilters(); });
  $("#f-q").addEventListener("change", (ev) => { state.q = ev.target.value.trim(); applyFilters({ zoom: true }); });
  $("#f-dates-clear").addEventListener("click", () => { state.since = state.until = ""; applyFilters(); });
  addLegend();
  suggestActors("").catch(showError);
  $("#f-clear").addEventListener("click", () => {
    Object.assign(state, { country: "", type: "", actor: "", q: "", since: "", until: "" });
    $("#f-country").value = $("#f-type").value = $("#f-actor").value = $("#f-q").value = "";
    applyFilters({ zoom: true });
  });
  $("#list").addEventListener("click", (ev) => {
    const li = ev.target.closest("li");
    if (!li) return;
    zoomTo(li.dataset.id);
    showEvent(li.dataset.id).catch(showError);
  });
  map.on("moveend", listInView);
  setupBrush();
  await loadEvents();
  if (state.events.length) {
    map.fitBounds(L.latLngBounds(state.events.map((e) => [e.latitude, e.longitude])).pad(0.3), { maxZoom: 8 });
  }
  await loadAlerts();
  loaded();
  document.body.dataset.ready = "yes"; // tests wait for this
}

start().catch(showError);
