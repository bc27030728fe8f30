// The network explorer: the full program network of the served graph, read with SPARQL from this server's
// endpoint and drawn with Cytoscape.js (served locally from its WebJar). The view's state lives in the URL's
// hash, so a link reproduces it.
(function () {
  'use strict';

  const page = document.getElementById('explorer');
  const ENDPOINT = page.dataset.endpoint;
  const BASE = page.dataset.base;
  const PROJECTION = page.dataset.projection;

  const KINDS = {
    'program': { label: 'Program', color: '#4e79a7', shape: 'round-rectangle' },
    'agency': { label: 'Mexican public agency', color: '#f28e2b', shape: 'ellipse' },
    'partner': { label: 'International partner', color: '#e15759', shape: 'diamond' },
    'domestic-partner': { label: 'Domestic partner', color: '#59a14f', shape: 'triangle' },
    'objective': { label: 'GCM objective', color: '#b07aa1', shape: 'hexagon' },
    'place': { label: 'Place', color: '#9c755f', shape: 'vee' }
  };
  const MEASURES = { degree: 'Degree', weightedDegree: 'Weighted degree', betweenness: 'Betweenness', closeness: 'Closeness' };

  const PREFIXES = 'PREFIX gcm: <https://w3id.org/gcmkg/ontology#>\n'
    + 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n'
    + 'PREFIX prov: <http://www.w3.org/ns/prov#>\n'
    + 'PREFIX oa: <http://www.w3.org/ns/oa#>\n'
    + 'PREFIX dcterms: <http://purl.org/dc/terms/>\n'
    + 'PREFIX schema: <http://schema.org/>\n';

  const NODES_QUERY = PREFIXES + `
SELECT ?node ?kind (SAMPLE(?es) AS ?label) (SAMPLE(?en) AS ?labelEn) (SAMPLE(?acr) AS ?acronym)
       ?degree ?weightedDegree ?betweenness ?closeness ?component ?community ?number
WHERE {
  ?m gcm:inProjection <${PROJECTION}> ; gcm:ofNode ?node ; gcm:degree ?degree ;
     gcm:weightedDegree ?weightedDegree ; gcm:betweenness ?betweenness ; gcm:closeness ?closeness ;
     gcm:component ?component ; gcm:community ?community .
  VALUES (?class ?kind) { (gcm:Program "program") (gcm:PublicAgency "agency") (gcm:InternationalPartner "partner")
                          (gcm:DomesticPartner "domestic-partner") (gcm:Objective "objective") (gcm:Place "place") }
  ?node a ?class .
  OPTIONAL { ?node rdfs:label ?es FILTER(lang(?es) = "es") }
  OPTIONAL { ?node rdfs:label ?en FILTER(lang(?en) = "en") }
  OPTIONAL { ?node gcm:acronym ?acr }
  OPTIONAL { ?node gcm:objectiveNumber ?number }
}
GROUP BY ?node ?kind ?degree ?weightedDegree ?betweenness ?closeness ?component ?community ?number
ORDER BY ?node`;

  const EDGES_QUERY = PREFIXES + `
SELECT DISTINCT ?a ?b ?rel WHERE {
  { ?a gcm:runs ?b BIND("runs" AS ?rel) }
  UNION { ?a gcm:participatesIn ?b BIND("participatesIn" AS ?rel) }
  UNION { ?b gcm:carriedOutWith ?a BIND("carriedOutWith" AS ?rel) }
  UNION { ?b gcm:fundedBy ?a BIND("fundedBy" AS ?rel) }
  UNION { ?a gcm:addresses ?b BIND("addresses" AS ?rel) }
  UNION { ?a a gcm:Program ; gcm:locatedIn ?b BIND("locatedIn" AS ?rel) }
} ORDER BY ?a ?b ?rel`;

  const $ = id => document.getElementById(id);
  const fold = s => (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  let cy = null;
  let applying = false;

  async function sparql(query) {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: 'query=' + encodeURIComponent(query)
    });
    if (!response.ok) {
      throw new Error('SPARQL ' + response.status + ': ' + (await response.text()).slice(0, 300));
    }
    return (await response.json()).results.bindings;
  }

  const val = (row, name) => (row[name] ? row[name].value : '');

  function status(text) {
    $('status').textContent = text;
  }

  // --- state in the URL ------------------------------------------------------------------------------
  function readState() {
    const p = new URLSearchParams(location.hash.replace(/^#/, ''));
    return {
      objective: p.get('objective') || '',
      kinds: p.has('kinds') ? p.get('kinds').split(',').filter(k => KINDS[k]) : Object.keys(KINDS),
      partner: p.get('partner') || '',
      measure: MEASURES[p.get('measure')] ? p.get('measure') : 'betweenness',
      layout: p.get('layout') || 'cose',
      q: p.get('q') || '',
      node: p.get('node') || ''
    };
  }

  function currentState() {
    return {
      objective: $('objective').value,
      kinds: Object.keys(KINDS).filter(k => $('kind-' + k).checked),
      partner: $('partner').value,
      measure: $('measure').value,
      layout: $('layout').value,
      q: $('search').value.trim(),
      node: cy ? (cy.$('node:selected').map(n => n.id())[0] || '') : ''
    };
  }

  function writeState() {
    if (applying) {
      return;
    }
    const s = currentState();
    const p = new URLSearchParams();
    if (s.objective) p.set('objective', s.objective);
    if (s.kinds.length !== Object.keys(KINDS).length) p.set('kinds', s.kinds.join(','));
    if (s.partner) p.set('partner', s.partner);
    p.set('measure', s.measure);
    p.set('layout', s.layout);
    if (s.q) p.set('q', s.q);
    if (s.node) p.set('node', s.node);
    history.replaceState(null, '', '#' + p.toString());
    $('share').href = location.href;
  }

  // --- filters ----------------------------------------------------------------------------------------
  // The same rule as `gcmkg export --objective N`: the programs under N, the organizations and places
  // linked to them, and objective N itself.
  function visibleIds(state) {
    let keep = new Set(cy.nodes().map(n => n.id()));
    if (state.objective) {
      const objective = cy.nodes().filter(n => n.data('kind') === 'objective' && String(n.data('number')) === state.objective);
      const programs = objective.neighborhood('node[kind = "program"]');
      keep = new Set(objective.map(n => n.id()));
      programs.forEach(p => {
        keep.add(p.id());
        p.neighborhood('node').forEach(n => {
          if (n.data('kind') !== 'objective') keep.add(n.id());
        });
      });
    }
    if (state.partner) {
      const partner = cy.getElementById(state.partner);
      const around = new Set([state.partner]);
      partner.neighborhood('node[kind = "program"]').forEach(p => {
        around.add(p.id());
        p.neighborhood('node').forEach(n => around.add(n.id()));
      });
      keep = new Set([...keep].filter(id => around.has(id)));
    }
    const kinds = new Set(state.kinds);
    return new Set([...keep].filter(id => kinds.has(cy.getElementById(id).data('kind'))));
  }

  function applyFilters() {
    const state = currentState();
    const keep = visibleIds(state);
    cy.batch(() => {
      cy.nodes().forEach(n => n.style('display', keep.has(n.id()) ? 'element' : 'none'));
    });
    sizeBy(state.measure);
    const shown = cy.nodes().filter(n => n.style('display') !== 'none');
    $('node-count').textContent = String(shown.length);
    $('edge-count').textContent = String(shown.edgesWith(shown).length);
    runLayout(state.layout);
    writeState();
  }

  function sizeBy(measure) {
    const shown = cy.nodes().filter(n => n.style('display') !== 'none');
    const values = shown.map(n => n.data(measure));
    const min = Math.min(...values, 0);
    const max = Math.max(...values, 0);
    cy.batch(() => cy.nodes().forEach(n => {
      const v = n.data(measure);
      n.data('size', max > min ? 14 + 46 * (v - min) / (max - min) : 20);
    }));
  }

  function runLayout(name) {
    const shown = cy.elements().filter(e => e.isNode() ? e.style('display') !== 'none'
      : e.source().style('display') !== 'none' && e.target().style('display') !== 'none');
    const options = {
      cose: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 60,
              componentSpacing: 60, numIter: 1500 },
      concentric: { name: 'concentric', animate: false, minNodeSpacing: 8,
                    concentric: n => n.data($('measure').value), levelWidth: () => 0.1 },
      breadthfirst: { name: 'breadthfirst', animate: false, spacingFactor: 0.8 },
      circle: { name: 'circle', animate: false },
      grid: { name: 'grid', animate: false }
    }[name] || { name: 'cose', animate: false };
    shown.layout(options).run();
    cy.fit(shown, 20);
  }

  // --- search and details -----------------------------------------------------------------------------
  function search() {
    const q = $('search').value.trim();
    if (!q) {
      return;
    }
    const f = fold(q);
    const nodes = cy.nodes();
    const match = nodes.filter(n => fold(n.data('acronym')) === f)[0]
      || nodes.filter(n => fold(n.data('label')) === f || fold(n.data('labelEn')) === f)[0]
      || nodes.filter(n => fold(n.data('label')).includes(f) || fold(n.data('labelEn')).includes(f)
                           || fold(n.data('acronym')).includes(f))[0];
    if (!match) {
      status('No node matches "' + q + '".');
      return;
    }
    if (match.style('display') === 'none') {
      status('"' + match.data('label') + '" is hidden by the filters; clear them to see it.');
    }
    select(match);
  }

  function select(node) {
    cy.$('node:selected').unselect();
    node.select();
    if (node.style('display') !== 'none') {
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 200 });
    }
    details(node);
    writeState();
  }

  // links only for http(s) IRIs: the data may hold javascript: or data: IRIs
  function pagePath(iri) {
    if (iri.startsWith(BASE)) { return '/' + iri.substring(BASE.length); }
    return /^https?:\/\//i.test(iri) ? iri : '#';
  }

  async function details(node) {
    const panel = $('details');
    const iri = node.id();
    panel.innerHTML = '';
    const h = document.createElement('h2');
    h.textContent = node.data('label');
    panel.appendChild(h);
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = KINDS[node.data('kind')].label
      + (node.data('acronym') ? ' · ' + node.data('acronym') : '')
      + (node.data('labelEn') && node.data('labelEn') !== node.data('label') ? ' · ' + node.data('labelEn') : '');
    panel.appendChild(meta);
    const link = document.createElement('a');
    link.href = pagePath(iri);
    link.className = 'node-page';
    link.textContent = 'Linked-data page';
    panel.appendChild(link);
    const table = document.createElement('table');
    table.className = 'measures';
    Object.entries(MEASURES).forEach(([k, label]) => {
      const tr = table.insertRow();
      tr.insertCell().textContent = label;
      tr.insertCell().textContent = String(node.data(k));
    });
    [['Component', 'component'], ['Community', 'community']].forEach(([label, k]) => {
      const tr = table.insertRow();
      tr.insertCell().textContent = label;
      tr.insertCell().textContent = String(node.data(k));
    });
    panel.appendChild(table);
    try {
      const [figures, quotes] = await Promise.all([
        sparql(PREFIXES + `SELECT ?text ?n WHERE { ?f gcm:aboutProgram <${iri}> ; gcm:figureText ?text ;
            gcm:underObjective/gcm:objectiveNumber ?n } ORDER BY ?n ?text`),
        sparql(PREFIXES + `SELECT DISTINCT ?quote ?line ?file WHERE { <${iri}> prov:wasDerivedFrom ?span .
            ?span gcm:lineNumber ?line ; oa:hasSelector ?s . ?s a oa:TextQuoteSelector ; oa:exact ?quote .
            OPTIONAL { ?span oa:hasSource/dcterms:identifier ?file } } ORDER BY ?line`)
      ]);
      if (figures.length) {
        const h3 = document.createElement('h3');
        h3.textContent = 'Reported figures';
        panel.appendChild(h3);
        const ul = document.createElement('ul');
        ul.className = 'figures';
        figures.forEach(row => {
          const li = document.createElement('li');
          li.textContent = val(row, 'text') + ' (objective ' + val(row, 'n') + ')';
          ul.appendChild(li);
        });
        panel.appendChild(ul);
      }
      const h3 = document.createElement('h3');
      h3.textContent = 'In the report';
      panel.appendChild(h3);
      quotes.forEach(row => {
        const q = document.createElement('blockquote');
        q.className = 'quote';
        q.lang = 'es';
        q.textContent = val(row, 'quote');
        panel.appendChild(q);
        const a = document.createElement('a');
        const file = val(row, 'file');
        a.href = file ? '/source/' + encodeURIComponent(file) + '#L' + val(row, 'line') : pagePath(iri);
        a.className = 'source-link';
        a.textContent = (file || 'report') + ', line ' + val(row, 'line');
        panel.appendChild(a);
      });
      if (!quotes.length) {
        const p = document.createElement('p');
        p.textContent = node.data('kind') === 'objective' ? 'An objective of the compact (A/RES/73/195).'
          : 'No quoted sentence.';
        panel.appendChild(p);
      }
      panel.dataset.loaded = iri;
    } catch (e) {
      status(e.message);
    }
  }

  // --- downloads ----------------------------------------------------------------------------------------
  function xml(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  // The node ids of the exports: the path under id/ with ':' for '/', as GraphML wants XML name tokens.
  function exportId(iri) {
    const at = iri.indexOf('/id/');
    return (at < 0 ? iri : iri.substring(at + 4)).replace(/\//g, ':');
  }

  // The current view (visible nodes and the edges between them) as GraphML, with the same attribute keys
  // as `gcmkg export --format graphml`.
  function graphml() {
    const nodes = cy.nodes().filter(n => n.style('display') !== 'none');
    const edges = nodes.edgesWith(nodes);
    const keys = [['iri', 'string'], ['label', 'string'], ['label_en', 'string'], ['kind', 'string'], ['acronym', 'string'],
      ['degree', 'int'], ['weighted_degree', 'double'], ['betweenness', 'double'], ['closeness', 'double'],
      ['component', 'int'], ['community', 'int']];
    const field = { iri: 'id', label: 'label', label_en: 'labelEn', kind: 'kind', acronym: 'acronym', degree: 'degree',
      weighted_degree: 'weightedDegree', betweenness: 'betweenness', closeness: 'closeness',
      component: 'component', community: 'community' };
    let out = '<?xml version="1.0" encoding="UTF-8"?>\n'
      + '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
    keys.forEach(([k, t]) => { out += `  <key id="${k}" for="node" attr.name="${k}" attr.type="${t}"/>\n`; });
    out += '  <key id="rel" for="edge" attr.name="kind" attr.type="string"/>\n';
    out += '  <graph edgedefault="undirected">\n';
    nodes.forEach(n => {
      out += `    <node id="${xml(exportId(n.id()))}">`;
      keys.forEach(([k]) => {
        const v = n.data(field[k]);
        if (v !== undefined && v !== '') out += `<data key="${k}">${xml(v)}</data>`;
      });
      out += '</node>\n';
    });
    edges.forEach(e => {
      out += `    <edge id="${xml(e.id())}" source="${xml(exportId(e.source().id()))}" target="${xml(exportId(e.target().id()))}">`
        + `<data key="rel">${xml(e.data('kind'))}</data></edge>\n`;
    });
    return out + '  </graph>\n</graphml>\n';
  }

  function download(name, blob) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  // --- start ----------------------------------------------------------------------------------------------
  function legend() {
    const ul = $('legend');
    Object.entries(KINDS).forEach(([key, k]) => {
      const li = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch shape-' + k.shape;
      swatch.style.background = k.color;
      li.appendChild(swatch);
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = 'kind-' + key;
      box.checked = true;
      box.addEventListener('change', applyFilters);
      label.appendChild(box);
      label.append(' ' + k.label + ' ');
      const count = document.createElement('span');
      count.className = 'kind-count';
      count.id = 'count-' + key;
      label.appendChild(count);
      li.appendChild(label);
      ul.appendChild(li);
    });
  }

  async function start() {
    legend();
    Object.entries(MEASURES).forEach(([k, label]) => $('measure').add(new Option(label, k)));
    status('Loading the network…');
    const [nodeRows, edgeRows] = await Promise.all([sparql(NODES_QUERY), sparql(EDGES_QUERY)]);
    const elements = [];
    const ids = new Map();
    nodeRows.forEach(row => {
      const id = val(row, 'node');
      const kind = val(row, 'kind');
      const label = val(row, 'label') || val(row, 'labelEn') || id;
      ids.set(id, kind);
      elements.push({ group: 'nodes', data: {
        id, kind, label, labelEn: val(row, 'labelEn'), acronym: val(row, 'acronym'),
        short: kind === 'objective' ? 'Obj. ' + val(row, 'number') : (val(row, 'acronym') || label),
        number: val(row, 'number'), degree: Number(val(row, 'degree')),
        weightedDegree: Number(val(row, 'weightedDegree')), betweenness: Number(val(row, 'betweenness')),
        closeness: Number(val(row, 'closeness')), component: Number(val(row, 'component')),
        community: Number(val(row, 'community')), size: 20 } });
    });
    const org = k => k === 'agency' || k === 'partner' || k === 'domestic-partner';
    const edges = new Map();
    edgeRows.forEach(row => {
      const a = val(row, 'a');
      const b = val(row, 'b');
      const rel = val(row, 'rel');
      const ka = ids.get(a);
      const kb = ids.get(b);
      const fits = (org(ka) && kb === 'program') || (ka === 'program' && (kb === 'objective' || kb === 'place'));
      if (!fits) {
        return;
      }
      const key = a + ' ' + b;
      if (edges.has(key)) {
        edges.get(key).kind += ';' + rel;
      } else {
        edges.set(key, { id: 'e' + (edges.size + 1), source: a, target: b, kind: rel });
      }
    });
    edges.forEach(data => elements.push({ group: 'edges', data }));
    cy = cytoscape({
      container: $('cy'),
      elements,
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
      style: [
        { selector: 'node', style: {
          'background-color': n => KINDS[n.data('kind')].color, 'shape': n => KINDS[n.data('kind')].shape,
          'width': 'data(size)', 'height': 'data(size)', 'label': 'data(short)', 'font-size': 9,
          'text-valign': 'bottom', 'text-margin-y': 2, 'color': '#333', 'min-zoomed-font-size': 7,
          'text-wrap': 'ellipsis', 'text-max-width': 110 } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000', 'font-size': 12,
          'font-weight': 'bold', 'z-index': 10 } },
        { selector: 'edge', style: { 'width': 1, 'line-color': '#c5ccd6', 'curve-style': 'haystack', 'opacity': 0.8 } }
      ]
    });
    Object.keys(KINDS).forEach(k => { $('count-' + k).textContent = '(' + cy.nodes('[kind = "' + k + '"]').length + ')'; });
    const objectives = cy.nodes('[kind = "objective"]').sort((a, b) => Number(a.data('number')) - Number(b.data('number')));
    objectives.forEach(o => $('objective').add(new Option(o.data('number') + '. ' + o.data('labelEn'), o.data('number'))));
    const partners = cy.nodes().filter(n => n.data('kind') === 'partner' || n.data('kind') === 'domestic-partner')
      .sort((a, b) => a.data('label').localeCompare(b.data('label'), 'es'));
    partners.forEach(p => $('partner').add(new Option(p.data('label'), p.id())));

    const s = readState();
    applying = true;
    $('objective').value = s.objective;
    Object.keys(KINDS).forEach(k => { $('kind-' + k).checked = s.kinds.includes(k); });
    $('partner').value = s.partner;
    $('measure').value = s.measure;
    $('layout').value = s.layout;
    $('search').value = s.q;
    applying = false;
    applyFilters();
    if (s.node && cy.getElementById(s.node).nonempty()) {
      select(cy.getElementById(s.node));
    } else if (s.q) {
      search();
    }

    cy.on('tap', 'node', e => select(e.target));
    ['objective', 'partner', 'measure', 'layout'].forEach(id => $(id).addEventListener('change', applyFilters));
    $('search-form').addEventListener('submit', e => { e.preventDefault(); search(); });
    $('reset').addEventListener('click', () => { history.replaceState(null, '', '#'); location.reload(); });
    $('download-png').addEventListener('click', () => download('gcmkg-network.png', cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 })));
    $('download-graphml').addEventListener('click', () => download('gcmkg-network.graphml', new Blob([graphml()], { type: 'application/xml' })));
    status('');
    document.body.dataset.state = 'ready';
  }

  window.gcmkgExplorer = {
    get cy() { return cy; },
    visibleCount: () => cy.nodes().filter(n => n.style('display') !== 'none').length,
    graphml
  };

  start().catch(e => {
    status('The network could not be loaded: ' + e.message);
    document.body.dataset.state = 'error';
  });
})();
