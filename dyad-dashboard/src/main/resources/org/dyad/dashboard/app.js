// Dyad dashboard: a small single-page app over the JSON API (/api/...), no framework.
// Article text is untrusted: it only ever reaches the page through textContent, never as HTML.
'use strict';

const view = document.getElementById('view');
const charts = [];

/** An element with attributes and children (strings become text nodes, never markup). */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'onclick') e.addEventListener('click', v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

function chart(id) {
  const box = el('div', { class: 'chart', id: id });
  return { box, init: () => { const c = echarts.init(box); charts.push(c); return c; } };
}

function table(headers, rows, onRow) {
  return el('table', {},
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(r => el('tr', onRow ? { class: 'clickable', onclick: () => onRow(r) } : {},
      r.cells.map(c => el('td', {}, c))))));
}

const pct = x => (100 * x).toFixed(0) + '%';
const findingText = f => f.kind === 'alignment'
  ? `${f.actor} moves ${f.size > 0 ? 'toward' : 'away from'} ${f.partner}: ${f.partner}'s part of ${f.actor}'s cooperation ${pct((f.before + 1) / 2)} → ${pct((f.after + 1) / 2)}`
  : `${f.actor}–${f.partner} turns ${f.size > 0 ? 'more cooperative' : 'more hostile'}: net cooperation ${f.before.toFixed(2)} → ${f.after.toFixed(2)}`;

async function overview() {
  view.append(el('h1', {}, 'Relations that moved'));
  const volume = chart('volume-chart');
  view.append(el('h2', {}, 'News volume'), volume.box);
  const [vol, shifts] = await Promise.all([api('/api/volume?by=month'), api('/api/shifts?evidence=0&top=30')]);
  volume.init().setOption({
    tooltip: { trigger: 'axis' }, legend: {},
    xAxis: { type: 'category', data: vol.map(v => v.start) }, yAxis: { type: 'value' },
    series: [{ name: 'events', type: 'bar', data: vol.map(v => v.events) },
             { name: 'articles', type: 'line', data: vol.map(v => v.articles) }]
  });
  const row = f => ({ f, cells: [f.at, findingText(f), f.events_before + ' / ' + f.events_after, f.confidence.toFixed(3)] });
  const open = r => { location.hash = `#/dyad/${r.f.actor}/${r.f.partner}`; };
  view.append(el('h2', {}, 'Shift alerts'),
    shifts.length ? table(['from', 'finding', 'events before / after', 'confidence'], shifts.map(row), open)
      : el('p', {}, 'No shift in the store yet.'));
  const moved = [...shifts].sort((a, b) => Math.abs(b.size) - Math.abs(a.size)).slice(0, 10);
  view.append(el('h2', {}, 'Dyads that moved most'),
    table(['from', 'finding', 'events before / after', 'confidence'], moved.map(row), open));
}

async function dyadPage(a, b) {
  view.append(el('h1', {}, `${a} – ${b}`),
    el('p', {}, el('a', { href: `#/actor/${a}` }, `${a}'s partners`), ' · ', el('a', { href: `#/actor/${b}` }, `${b}'s partners`)));
  const rel = await api(`/api/relations?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}&by=month`);
  const idx = chart('index-chart'); const bars = chart('quad-chart');
  view.append(el('h2', {}, 'Relation index (90% band)'), idx.box, el('h2', {}, 'Events by quad class (click a bar for its events)'), bars.box);
  const x = rel.series.map(p => p.start);
  idx.init().setOption({
    tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: x }, yAxis: { type: 'value', min: -1, max: 1 },
    series: [
      { name: 'low', type: 'line', data: rel.series.map(p => p.index_low), stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none' },
      { name: 'band', type: 'line', data: rel.series.map(p => p.index_high - p.index_low), stack: 'band', lineStyle: { opacity: 0 }, areaStyle: { opacity: .2 }, symbol: 'none' },
      { name: 'index', type: 'line', data: rel.series.map(p => p.index),
        markLine: { symbol: 'none', data: rel.shifts.map(s => ({ xAxis: s.at, label: { formatter: 'shift' } })) } }]
  });
  const quad = (name, key) => ({ name, type: 'bar', stack: 'q', data: rel.series.map(p => p[key]) });
  const quadChart = bars.init();
  quadChart.setOption({
    tooltip: { trigger: 'axis' }, legend: {}, xAxis: { type: 'category', data: x }, yAxis: { type: 'value' },
    series: [quad('verbal cooperation', 'verbal_cooperation'), quad('material cooperation', 'material_cooperation'),
             quad('verbal conflict', 'verbal_conflict'), quad('material conflict', 'material_conflict')]
  });
  const filters = { from: '', to: '', quad: '', code: '', text: '' };
  const quadSelect = el('select', { 'aria-label': 'quad class', id: 'quad-filter' },
    ['', '1', '2', '3', '4'].map(q => el('option', { value: q }, q ? 'quad ' + q : 'any quad class')));
  const codeInput = el('input', { placeholder: 'CAMEO code', size: 8, id: 'code-filter', 'aria-label': 'code' });
  const textInput = el('input', { placeholder: 'words in the sentence', id: 'text-filter', 'aria-label': 'text' });
  const period = el('span', { id: 'period-filter' });
  const tableBox = el('div', { id: 'events' });
  let shown = [];
  const csv = el('button', { id: 'csv', onclick: () => download(shown) }, 'Download CSV');
  view.append(el('h2', {}, 'Events'), el('div', { class: 'filters' }, quadSelect, codeInput, textInput, period, csv), tableBox);
  async function load() {
    const q = new URLSearchParams({ size: '500' });
    for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
    const one = (s, t) => api(`/api/events?source=${s}&target=${t}&${q}`);
    const [ab, ba] = await Promise.all([one(a, b), one(b, a)]);
    shown = [...ab.events, ...ba.events].sort((e, f) => e.date.localeCompare(f.date));
    tableBox.replaceChildren(table(['date', 'source', 'target', 'code', 'sentence'],
      shown.map(e => ({ e, cells: [e.date, e.source, e.target, `${e.cameo} ${e.cameo_name}`, e.sentence_text] })),
      r => { location.hash = '#/event/' + r.e.id; }));
    period.textContent = filters.from ? `${filters.from} to ${filters.to}` : '';
  }
  quadSelect.addEventListener('change', () => { filters.quad = quadSelect.value; load(); });
  codeInput.addEventListener('change', () => { filters.code = codeInput.value.trim(); load(); });
  textInput.addEventListener('change', () => { filters.text = textInput.value.trim(); load(); });
  quadChart.on('click', p => {
    const start = x[p.dataIndex]; const next = x[p.dataIndex + 1];
    filters.from = start; filters.to = next ? new Date(Date.parse(next) - 864e5).toISOString().slice(0, 10) : '';
    load();
  });
  await load();
}

function download(events) {
  const cols = ['id', 'date', 'source', 'target', 'cameo', 'quad', 'goldstein', 'sentence_text', 'doc'];
  const quote = v => '"' + String(v ?? '').replace(/"/g, '""') + '"';
  const text = [cols.join(','), ...events.map(e => cols.map(c => quote(e[c])).join(','))].join('\n');
  const a = el('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/csv' })), download: 'dyad-events.csv' });
  document.body.append(a); a.click(); a.remove();
}

async function actorPage(actor) {
  view.append(el('h1', {}, `${actor} and its partners`));
  const partners = await api(`/api/partners?actor=${encodeURIComponent(actor)}&limit=6`);
  if (!partners.length) { view.append(el('p', {}, 'No events with partners.')); return; }
  const rels = await Promise.all(partners.map(p => api(`/api/relations?a=${actor}&b=${p.code}&by=month`
    + `&from=${partners.map(q => q.first).sort()[0]}&to=${partners.map(q => q.last).sort().at(-1)}`)));
  const x = rels[0].series.map(p => p.start);
  const coop = rels.map(r => r.series.map(p => p.verbal_cooperation + p.material_cooperation));
  const totals = x.map((_, i) => coop.reduce((s, c) => s + c[i], 0));
  const c = chart('partners-chart');
  view.append(el('h2', {}, `Each partner's share of ${actor}'s cooperation`), c.box);
  c.init().setOption({
    tooltip: { trigger: 'axis' }, legend: {}, xAxis: { type: 'category', data: x }, yAxis: { type: 'value', max: 1 },
    series: partners.map((p, k) => ({ name: p.code, type: 'line', stack: 'share', areaStyle: {},
      data: coop[k].map((n, i) => totals[i] ? n / totals[i] : 0) }))
  });
  const shifts = await api(`/api/shifts?actor=${encodeURIComponent(actor)}&evidence=0`);
  view.append(el('h2', {}, 'Where it moved'),
    shifts.length ? table(['from', 'finding', 'confidence'], shifts.map(f => ({ f, cells: [f.at, findingText(f), f.confidence.toFixed(3)] })),
      r => { location.hash = `#/dyad/${r.f.actor}/${r.f.partner}`; }) : el('p', {}, 'No shift found.'));
  view.append(el('h2', {}, 'Partners'), table(['partner', 'events', 'first', 'last'],
    partners.map(p => ({ p, cells: [p.code, p.events, p.first, p.last] })), r => { location.hash = `#/dyad/${actor}/${r.p.code}`; }));
}

/** The sentence as text nodes, with the source, target and trigger spans marked. */
function highlighted(e, article) {
  const whole = e.from_title ? (article?.title || '') : (article?.text || '');
  let start = whole.lastIndexOf(e.sentence_text, e.trigger_offsets[0]);
  if (start < 0) start = whole.indexOf(e.sentence_text);
  const s = e.sentence_text;
  const spans = start < 0 ? [] : [['source', e.source_offsets], ['target', e.target_offsets], ['trigger', e.trigger_offsets]]
    .map(([k, o]) => [k, o[0] - start, o[1] - start]).filter(([, a, b]) => a >= 0 && b <= s.length && a < b)
    .sort((p, q) => p[1] - q[1]);
  const out = el('p', { class: 'sentence', id: 'sentence' });
  let at = 0;
  for (const [kind, a, b] of spans) {
    if (a < at) continue; // overlapping spans: keep the first
    out.append(s.slice(at, a), el('mark', { class: kind, title: kind }, s.slice(a, b)));
    at = b;
  }
  out.append(s.slice(at));
  return out;
}

async function eventPage(id) {
  const { event: e, article, other_mentions: others } = await api('/api/events/' + encodeURIComponent(id));
  view.append(el('h1', {}, `${e.source_name} → ${e.target_name}: ${e.cameo_name}`), highlighted(e, article),
    el('dl', {},
      el('dt', {}, 'CAMEO'), el('dd', {}, `${e.cameo} ${e.cameo_name} (root ${e.root}, quad class ${e.quad}, Goldstein ${e.goldstein})`),
      el('dt', {}, 'PLOVER'), el('dd', {}, [e.plover.event, e.plover.mode, e.plover.context].filter(Boolean).join(' / ')),
      el('dt', {}, 'Source'), el('dd', {}, `${e.source} ${e.source_name} (“${e.source_text}”, ${e.source_resolution})`),
      el('dt', {}, 'Target'), el('dd', {}, `${e.target} ${e.target_name} (“${e.target_text}”, ${e.target_resolution})`),
      el('dt', {}, 'Date'), el('dd', {}, `${e.date} (${e.date_precision}; ${e.date_method}${e.date_expression ? ': “' + e.date_expression + '”' : ''})`),
      el('dt', {}, 'Trigger'), el('dd', {}, `“${e.trigger}”, pattern ${e.pattern}`),
      el('dt', {}, 'Article'), el('dd', {}, article ? `${article.title || article.id} (${article.date}${article.source ? ', ' + article.source : ''})` : e.doc),
      el('dt', {}, 'Dictionary'), el('dd', {}, e.dictionary)));
  view.append(el('h2', {}, 'Other mentions of this event'),
    others.length ? table(['date', 'article', 'sentence'], others.map(o => ({ o, cells: [o.date, o.doc, o.sentence_text] })),
      r => { location.hash = '#/event/' + r.o.id; }) : el('p', {}, 'None: one sentence reports it.'));
}

async function route() {
  delete document.body.dataset.ready;
  charts.splice(0).forEach(c => c.dispose());
  view.replaceChildren();
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  try {
    if (parts[0] === 'dyad' && parts[2]) await dyadPage(parts[1].toUpperCase(), parts[2].toUpperCase());
    else if (parts[0] === 'actor' && parts[1]) await actorPage(parts[1].toUpperCase());
    else if (parts[0] === 'event' && parts[1]) await eventPage(parts[1]);
    else await overview();
    document.body.dataset.ready = location.hash || '#/';
  } catch (err) {
    view.append(el('p', { class: 'error' }, 'Could not load: ' + err.message));
    document.body.dataset.ready = 'error';
  }
}

document.getElementById('go-actor').addEventListener('submit', ev => {
  ev.preventDefault(); location.hash = '#/actor/' + ev.target.actor.value.trim();
});
document.getElementById('go-dyad').addEventListener('submit', ev => {
  ev.preventDefault(); location.hash = `#/dyad/${ev.target.a.value.trim()}/${ev.target.b.value.trim()}`;
});
window.addEventListener('hashchange', route);
window.addEventListener('resize', () => charts.forEach(c => c.resize()));
route();
