// A YASR plugin drawing the curated queries' #defaultView headers (BarChart, LineChart, Graph, Map) as SVG,
// or with cytoscape for Graph when the page has it. It offers itself only for a query whose header names
// one of these views; the workbench sets yasr.gcmView before each query runs.
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const VIEWS = ['BarChart', 'LineChart', 'Graph', 'Map'];

  // A word of the page in its language ({0}, {1}… replaced by the arguments), from window.gcmWords.
  function say(key, ...args) {
    const words = window.gcmWords || {};
    return (words[key] || key).replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)]));
  }
  window.gcmSay = say;

  function el(name, attrs, text) {
    const e = document.createElementNS(SVG, name);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function isNumber(term) {
    return term && term.type !== 'uri' && term.type !== 'bnode' && term.value !== '' && isFinite(Number(term.value));
  }
  function shortName(term) {
    if (!term) { return ''; }
    if (term.type === 'uri') { return term.value.replace(/^.*[\/#]/, ''); }
    return term.value;
  }
  // The first column whose every bound value is a number, and the first one that is not.
  function columns(vars, rows, skip) {
    const numeric = vars.filter(v => v !== skip && rows.some(r => r[v]) && rows.every(r => !r[v] || isNumber(r[v])));
    const labels = vars.filter(v => !numeric.includes(v));
    const named = labels.find(v => rows.some(r => r[v] && r[v].type !== 'uri')) || labels[0];
    if (!named) { return { value: numeric[1], label: numeric[0], numeric }; }
    // the measure follows its label (?n ?objective ?programs draws programs by objective)
    const after = numeric.find(v => vars.indexOf(v) > vars.indexOf(named));
    return { value: after || numeric[0], label: named, numeric };
  }

  class GcmChart {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 20;
      this.label = say('chart_label');
      this.hideFromSelection = false;
    }
    view() { return VIEWS.includes(this.yasr.gcmView) ? this.yasr.gcmView : null; }
    canHandleResults() {
      const r = this.yasr.results;
      return !!(this.view() && r && r.getBindings && r.getBindings() && r.getBindings().length > 0);
    }
    getIcon() {
      const icon = document.createElement('span');
      icon.textContent = '▮▮';
      icon.setAttribute('aria-hidden', 'true');
      return icon;
    }
    draw() {
      const { vars, rows } = oneLanguage(this.yasr.results.getVariables(), this.yasr.results.getBindings());
      const holder = document.createElement('div');
      holder.className = 'gcm-chart';
      holder.dataset.view = this.view();
      this.yasr.resultsEl.appendChild(holder);
      const draw = { BarChart: bars, LineChart: lines, Graph: graph, Map: map }[this.view()];
      draw(holder, vars, rows);
    }
  }

  // The curated queries give a label in both languages as NAME_en and NAME_es: each pair is drawn as one column
  // NAME, in the page's language, else in the other.
  function oneLanguage(vars, rows) {
    const lang = document.documentElement.lang === 'es' ? 'es' : 'en', other = lang === 'es' ? 'en' : 'es';
    const pairs = vars.filter(v => v.endsWith('_en') && vars.includes(v.slice(0, -3) + '_es')).map(v => v.slice(0, -3));
    if (!pairs.length) { return { vars, rows }; }
    const merged = [];
    vars.forEach(v => {
      const base = v.slice(0, -3);
      if (pairs.includes(base)) { if (!merged.includes(base)) { merged.push(base); } } else { merged.push(v); }
    });
    const mergedRows = rows.map(r => {
      const m = Object.assign({}, r);
      pairs.forEach(b => {
        delete m[b + '_en']; delete m[b + '_es'];
        const t = r[b + '_' + lang] || r[b + '_' + other];
        if (t) { m[b] = t; }
      });
      return m;
    });
    return { vars: merged, rows: mergedRows };
  }

  function caption(holder, text) {
    const p = document.createElement('p');
    p.className = 'chart-caption';
    p.textContent = text;
    holder.appendChild(p);
  }

  function bars(holder, vars, rows) {
    const c = columns(vars, rows);
    if (!c.value) { caption(holder, say('chart_no_numeric')); return; }
    const data = rows.filter(r => r[c.value]).map(r => ({ label: shortName(r[c.label]), value: Number(r[c.value].value) }));
    const max = Math.max(...data.map(d => d.value), 0) || 1;
    const bar = 18, gap = 4, left = 230, width = 640;
    const svg = el('svg', { viewBox: `0 0 ${left + width + 60} ${data.length * (bar + gap) + 10}`, role: 'img',
      'aria-label': say('chart_bars_aria', c.value, c.label), class: 'bar-chart' });
    data.forEach((d, i) => {
      const y = i * (bar + gap) + 5;
      const g = el('g', { class: 'bar' });
      g.appendChild(el('text', { x: left - 6, y: y + bar * 0.75, 'text-anchor': 'end' },
        d.label.length > 38 ? d.label.slice(0, 37) + '…' : d.label));
      g.appendChild(el('rect', { x: left, y, height: bar, width: Math.max(1, width * d.value / max) }));
      g.appendChild(el('text', { x: left + width * d.value / max + 4, y: y + bar * 0.75, class: 'value' }, String(d.value)));
      g.appendChild(el('title', {}, `${d.label}: ${d.value}`));
      svg.appendChild(g);
    });
    holder.appendChild(svg);
    caption(holder, say('chart_bars', c.value, c.label, data.length));
  }

  // The first column of numbers or dates is x; every other numeric column is a line (a series) over it.
  const SERIES_COLOURS = ['#0b4f71', '#b35900', '#2a7a2a', '#8a2b83'];
  function lines(holder, vars, rows) {
    const x = vars.find(v => rows.every(r => !r[v] || isNumber(r[v]) || !isNaN(Date.parse(r[v].value))));
    const ys = vars.filter(v => v !== x && rows.some(r => r[v]) && rows.every(r => !r[v] || isNumber(r[v])));
    if (!x || !ys.length) { caption(holder, say('chart_no_xy')); return; }
    const xv = t => (isNumber(t) ? Number(t.value) : Date.parse(t.value));
    const series = ys.map(y => ({ name: y, data: rows.filter(r => r[x] && r[y]).map(r => ({ x: xv(r[x]), y: Number(r[y].value) }))
      .sort((a, b) => a.x - b.x) }));
    const all = series.flatMap(s => s.data);
    const w = 700, h = 300, pad = 40;
    const [x0, x1] = [Math.min(...all.map(d => d.x)), Math.max(...all.map(d => d.x))];
    const [y0, y1] = [Math.min(0, ...all.map(d => d.y)), Math.max(...all.map(d => d.y))];
    const sx = v => pad + (w - 2 * pad) * (x1 === x0 ? 0.5 : (v - x0) / (x1 - x0));
    const sy = v => h - pad - (h - 2 * pad) * (y1 === y0 ? 0.5 : (v - y0) / (y1 - y0));
    const svg = el('svg', { viewBox: `0 0 ${w} ${h}`, role: 'img', 'aria-label': say('chart_lines_aria', ys.join(', '), x), class: 'line-chart' });
    series.forEach((s, i) => {
      const colour = SERIES_COLOURS[i % SERIES_COLOURS.length];
      const g = el('g', { class: 'series', 'data-series': s.name, stroke: colour, fill: colour });
      g.appendChild(el('polyline', { points: s.data.map(d => `${sx(d.x)},${sy(d.y)}`).join(' '), fill: 'none' }));
      s.data.forEach(d => { const p = el('circle', { cx: sx(d.x), cy: sy(d.y), r: 3 }); p.appendChild(el('title', {}, `${s.name} ${d.x}: ${d.y}`)); g.appendChild(p); });
      g.appendChild(el('text', { x: w - pad + 4, y: pad + 14 * i, stroke: 'none' }, s.name));
      svg.appendChild(g);
    });
    svg.appendChild(el('text', { x: pad, y: h - 10 }, String(x0)));
    svg.appendChild(el('text', { x: w - pad, y: h - 10, 'text-anchor': 'end' }, String(x1)));
    svg.appendChild(el('text', { x: 4, y: pad - 10 }, String(y1)));
    holder.appendChild(svg);
    caption(holder, say('chart_lines', ys.join(', '), x, all.length));
  }

  // Each row an edge from the first IRI column to the next ({item, itemLabel, linkTo, linkToLabel} as the
  // Wikidata Query Service draws them, or any pair of columns).
  function graph(holder, vars, rows) {
    const iriVars = vars.filter(v => rows.some(r => r[v] && r[v].type === 'uri'));
    const nodeVars = iriVars.length >= 2 ? iriVars : vars.filter(v => !v.endsWith('Label') && v !== 'rgb');
    const label = (r, v) => (r[v + 'Label'] ? r[v + 'Label'].value : shortName(r[v]));
    const nodes = new Map(), edges = [];
    rows.forEach(r => {
      const present = nodeVars.filter(v => r[v]);
      present.forEach(v => { if (!nodes.has(r[v].value)) { nodes.set(r[v].value, { id: r[v].value, label: label(r, v), color: v === nodeVars[0] && r.rgb ? '#' + r.rgb.value : '#0b4f71' }); } });
      for (let i = 1; i < present.length; i++) { edges.push({ source: r[present[i - 1]].value, target: r[present[i]].value }); }
    });
    const box = document.createElement('div');
    box.className = 'graph-canvas';
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', say('chart_graph_aria', nodes.size, edges.length));
    holder.appendChild(box);
    if (window.cytoscape) {
      box.gcmGraph = window.cytoscape({ container: box, layout: { name: 'cose', animate: false },
        elements: [...[...nodes.values()].map(n => ({ data: n })), ...edges.map((e, i) => ({ data: { id: 'e' + i, ...e } }))],
        style: [{ selector: 'node', style: { label: 'data(label)', 'background-color': 'data(color)', 'font-size': 8 } },
          { selector: 'edge', style: { width: 1, 'line-color': '#9aa7b4' } }] });
    }
    caption(holder, say('chart_graph', nodes.size, edges.length));
  }

  // Points from a WKT "Point(long lat)" column, or from lat/long columns, on a longitude × latitude plane.
  function map(holder, vars, rows) {
    const points = [];
    rows.forEach(r => {
      const wkt = vars.map(v => r[v]).find(t => t && /^\s*point\s*\(/i.test(t.value));
      const m = wkt && wkt.value.match(/\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)/);
      const lat = vars.find(v => /^lat/i.test(v)), lon = vars.find(v => /^(lon|lng)/i.test(v));
      if (m) { points.push({ lon: Number(m[1]), lat: Number(m[2]), label: shortName(r[vars[0]]) }); }
      else if (lat && lon && r[lat] && r[lon]) { points.push({ lon: Number(r[lon].value), lat: Number(r[lat].value), label: shortName(r[vars[0]]) }); }
    });
    if (!points.length) { caption(holder, say('chart_no_points')); return; }
    const svg = el('svg', { viewBox: '-180 -90 360 180', role: 'img', 'aria-label': say('chart_map_aria', points.length), class: 'map-chart' });
    svg.appendChild(el('rect', { x: -180, y: -90, width: 360, height: 180, class: 'sea' }));
    points.forEach(p => { const c = el('circle', { cx: p.lon, cy: -p.lat, r: 1.5 }); c.appendChild(el('title', {}, p.label)); svg.appendChild(c); });
    holder.appendChild(svg);
    caption(holder, say('chart_map', points.length));
  }

  window.GcmChart = GcmChart;
  window.gcmViewOf = function (query) {
    const m = /^#\s*defaultView:\s*(\w+)/m.exec(query || '');
    return m ? m[1] : null;
  };
})();
