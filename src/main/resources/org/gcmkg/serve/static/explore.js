// The network explorer: the full program network of the served graph, read with SPARQL from this server's
// endpoint and drawn with Cytoscape.js (served locally from its WebJar). The page (explore.mustache) gives the
// menus, legend and words in its language; the view's state lives in the URL's hash, so a link reproduces it.
(function () {
  'use strict';

  const page = document.getElementById('explorer');
  const ENDPOINT = page.dataset.endpoint;
  const BASE = page.dataset.base;
  const T = page.dataset;
  const LANG = document.documentElement.lang === 'es' ? 'es' : 'en';
  const RANKED = 25;
  // Below this zoom node labels are not drawn (only the selected node's).
  const LABEL_ZOOM = 0.75;

  const KINDS = {
    'program': { color: '#4e79a7', shape: 'round-rectangle' },
    'agency': { color: '#f28e2b', shape: 'ellipse' },
    'partner': { color: '#e15759', shape: 'diamond' },
    'domestic-partner': { color: '#59a14f', shape: 'triangle' },
    'objective': { color: '#b07aa1', shape: 'hexagon' },
    'place': { color: '#9c755f', shape: 'vee' }
  };
  const MEASURE_NAMES = ['degree', 'weightedDegree', 'betweenness', 'closeness'];
  const MEASURES = [...document.querySelectorAll('#measure option')].map(o => o.value);

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
  ?m gcm:inProjection <${T.projectionFull}> ; gcm:ofNode ?node ; gcm:degree ?degree ;
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

  // The measures of the organizations in the co-participation projection.
  const COLLABORATION_QUERY = PREFIXES + `
SELECT ?node ?degree ?weightedDegree ?betweenness ?closeness WHERE {
  ?m gcm:inProjection <${T.projectionCollaboration}> ; gcm:ofNode ?node ; gcm:degree ?degree ;
     gcm:weightedDegree ?weightedDegree ; gcm:betweenness ?betweenness ; gcm:closeness ?closeness .
} ORDER BY ?node`;

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
  const kindLabel = k => document.querySelector('label[for="kind-' + k + '"]').textContent;
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
      measure: MEASURES.includes(p.get('measure')) ? p.get('measure') : 'betweenness',
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

  const shownNodes = () => cy.nodes().filter(n => n.style('display') !== 'none');

  function applyFilters() {
    const state = currentState();
    const keep = visibleIds(state);
    cy.batch(() => {
      cy.nodes().forEach(n => n.style('display', keep.has(n.id()) ? 'element' : 'none'));
    });
    sizeBy(state.measure);
    const shown = shownNodes();
    $('node-count').textContent = String(shown.length);
    $('edge-count').textContent = String(shown.edgesWith(shown).length);
    Object.keys(KINDS).forEach(k => {
      $('count-' + k).textContent = '(' + shown.filter(n => n.data('kind') === k).length + ')';
    });
    ranking(shown, state.measure);
    runLayout(state.layout);
    status(state.objective && !cy.nodes('[kind = "objective"]').some(n => String(n.data('number')) === state.objective)
      ? T.tNoProgram : '');
    writeState();
  }

  const valueOf = (n, measure) => n.data(measure);

  function sizeBy(measure) {
    const values = shownNodes().map(n => valueOf(n, measure)).filter(v => v !== undefined);
    const min = Math.min(...values, 0);
    const max = Math.max(...values, 0);
    cy.batch(() => cy.nodes().forEach(n => {
      const v = valueOf(n, measure);
      n.data('size', v === undefined ? 10 : max > min ? 14 + 46 * (v - min) / (max - min) : 20);
    }));
  }

  // The nodes shown that have the measure, highest first (ties by label), the first RANKED of them.
  function ranking(shown, measure) {
    const ranked = shown.filter(n => valueOf(n, measure) !== undefined).sort((a, b) =>
      valueOf(b, measure) - valueOf(a, measure) || a.data('label').localeCompare(b.data('label'), LANG)
      || (a.id() < b.id() ? -1 : 1)).slice(0, RANKED);
    const option = $('measure').selectedOptions[0];
    $('ranking-caption').textContent = T.rankingOf + ' ' + (option ? option.textContent : measure)
      + ' (' + Math.min(RANKED, ranked.length) + ')';
    const body = $('ranking-rows');
    body.innerHTML = '';
    ranked.forEach((n, i) => {
      const tr = body.insertRow();
      tr.insertCell().textContent = String(i + 1);
      const a = document.createElement('a');
      a.href = pagePath(n.id());
      a.textContent = n.data('label');
      a.dataset.iri = n.id();
      tr.insertCell().appendChild(a);
      const v = tr.insertCell();
      v.className = 'n';
      v.textContent = String(valueOf(n, measure));
    });
  }

  function runLayout(name) {
    const shown = cy.elements().filter(e => e.isNode() ? e.style('display') !== 'none'
      : e.source().style('display') !== 'none' && e.target().style('display') !== 'none');
    const measure = $('measure').value;
    if (name === 'cose' || !LAYOUTS[name]) {
      force(shown);
    } else {
      shown.layout(Object.assign({ animate: false }, LAYOUTS[name](measure))).run();
    }
    cy.fit(shown, 20);
    labels();
  }

  const LAYOUTS = {
    concentric: measure => ({ name: 'concentric', minNodeSpacing: 8,
                              concentric: n => valueOf(n, measure) || 0, levelWidth: () => 0.1 }),
    breadthfirst: () => ({ name: 'breadthfirst', spacingFactor: 0.8 }),
    circle: () => ({ name: 'circle' }),
    grid: () => ({ name: 'grid' })
  };

  // The force-directed layout (Cytoscape's cose). It starts from the same places each time, the nodes on a
  // spiral with the most connected in the middle: cose's own start puts them all on one point and pushes them
  // apart at random. From there about 130 steps of cooling draw a large view as readably as cose's default of
  // about 690 (a fifth of the time); small views, cheap anyway, keep the default. What it drew for a view is
  // kept for the browser tab (session storage), so that coming back to a view, or reloading it, draws at once.
  function force(shown) {
    const nodes = shown.nodes();
    const key = LAYOUT_KEY + hash(nodes.map(n => n.id() + ' ' + n.data('size')).join('\n') + '\n'
      + shown.edges().map(e => e.source().id() + ' ' + e.target().id()).join('\n'));
    const kept = remembered(key);
    if (kept && nodes.every(n => kept[n.id()])) {
      cy.batch(() => nodes.forEach(n => n.position({ x: kept[n.id()][0], y: kept[n.id()][1] })));
      return;
    }
    const golden = Math.PI * (3 - Math.sqrt(5));
    const order = nodes.sort((a, b) => b.degree() - a.degree() || (a.id() < b.id() ? -1 : 1));
    cy.batch(() => order.forEach((n, i) =>
      n.position({ x: 30 * Math.sqrt(i) * Math.cos(i * golden), y: 30 * Math.sqrt(i) * Math.sin(i * golden) })));
    const large = nodes.length > 100;
    shown.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000,
                   idealEdgeLength: () => 60, componentSpacing: 60, numIter: 1500,
                   initialTemp: large ? 200 : 1000, coolingFactor: large ? 0.96 : 0.99 }).run();
    const drawn = {};
    nodes.forEach(n => { drawn[n.id()] = [n.position('x'), n.position('y')]; });
    remember(key, drawn);
  }

  const LAYOUT_KEY = 'gcmkg-layout:';

  // Two 32-bit FNV-1a hashes of a text, as 16 hex digits.
  function hash(text) {
    let a = 0x811c9dc5;
    let b = 0x01000193;
    for (let i = 0; i < text.length; i++) {
      a = Math.imul(a ^ text.charCodeAt(i), 0x01000193) >>> 0;
      b = Math.imul(b ^ text.charCodeAt(i), 0x811c9dc5) >>> 0;
    }
    return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
  }

  function remembered(key) {
    try {
      return JSON.parse(sessionStorage.getItem(key) || 'null');
    } catch (e) {
      return null;
    }
  }

  // (when the storage is full or refused, the layouts kept are dropped: they are only a saving)
  function remember(key, positions) {
    try {
      sessionStorage.setItem(key, JSON.stringify(positions));
    } catch (e) {
      try {
        Object.keys(sessionStorage).filter(k => k.startsWith(LAYOUT_KEY)).forEach(k => sessionStorage.removeItem(k));
      } catch (ignored) { /* no storage */ }
    }
  }

  // Labels only when zoomed in far enough to read them.
  function labels() {
    const hide = cy.zoom() < LABEL_ZOOM;
    if ($('cy').dataset.labels !== (hide ? 'hidden' : 'shown')) {
      cy.batch(() => cy.nodes().toggleClass('quiet', hide));
      $('cy').dataset.labels = hide ? 'hidden' : 'shown';
    }
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
      || nodes.filter(n => fold(n.data('labelEs')) === f || fold(n.data('labelEn')) === f)[0]
      || nodes.filter(n => fold(n.data('labelEs')).includes(f) || fold(n.data('labelEn')).includes(f)
                           || fold(n.data('acronym')).includes(f))[0];
    if (!match) {
      status(T.tNoMatch + ' "' + q + '".');
      return;
    }
    if (match.style('display') === 'none') {
      status('"' + match.data('label') + '" ' + T.tHidden);
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
    const other = LANG === 'en' ? node.data('labelEs') : node.data('labelEn');
    meta.textContent = kindLabel(node.data('kind'))
      + (node.data('acronym') ? ' · ' + node.data('acronym') : '')
      + (other && other !== node.data('label') ? ' · ' + other : '');
    panel.appendChild(meta);
    const link = document.createElement('a');
    link.href = pagePath(iri);
    link.className = 'node-page';
    link.textContent = T.tNodePage;
    panel.appendChild(link);
    const table = document.createElement('table');
    table.className = 'measures';
    [...document.querySelectorAll('#measure option')].forEach(o => {
      if (node.data(o.value) !== undefined) {
        const tr = table.insertRow();
        tr.insertCell().textContent = o.textContent;
        tr.insertCell().textContent = String(node.data(o.value));
      }
    });
    [[T.tComponent, 'component'], [T.tCommunity, 'community']].forEach(([label, k]) => {
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
        h3.textContent = T.tFigures;
        panel.appendChild(h3);
        const ul = document.createElement('ul');
        ul.className = 'figures';
        figures.forEach(row => {
          const li = document.createElement('li');
          li.textContent = val(row, 'text') + ' (' + T.tObjective + ' ' + val(row, 'n') + ')';
          ul.appendChild(li);
        });
        panel.appendChild(ul);
      }
      const h3 = document.createElement('h3');
      h3.textContent = T.tInReport;
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
        a.textContent = (file || T.tReport) + ', ' + T.tLine + ' ' + val(row, 'line');
        panel.appendChild(a);
      });
      if (!quotes.length) {
        const p = document.createElement('p');
        p.textContent = node.data('kind') === 'objective' ? T.tObjectiveText : T.tNoQuote;
        panel.appendChild(p);
      }
      panel.dataset.loaded = iri;
    } catch (e) {
      status(e.message);
    }
  }

  // --- downloads ----------------------------------------------------------------------------------------
  function view() {
    const nodes = shownNodes();
    return { nodes: nodes.toArray(), edges: nodes.edgesWith(nodes).toArray() };
  }

  function fileName(ext) {
    return gcmkgExport.fileName(currentState(), Object.keys(KINDS).length, ext);
  }

  function describe() {
    const s = currentState();
    return 'gcmkg network explorer: objective ' + (s.objective || 'all') + '; kinds ' + s.kinds.join(',')
      + (s.partner ? '; partner ' + s.partner : '') + '; measures of the whole full network';
  }

  function download(name, blob) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  const text = (s, type) => new Blob([s], { type: type + ';charset=utf-8' });

  // --- start ----------------------------------------------------------------------------------------------
  async function start() {
    status(T.tLoading);
    const [nodeRows, collaborationRows, edgeRows] = await Promise.all([sparql(NODES_QUERY),
      sparql(COLLABORATION_QUERY), sparql(EDGES_QUERY)]);
    const collaboration = new Map(collaborationRows.map(row => [val(row, 'node'), row]));
    const elements = [];
    const ids = new Map();
    nodeRows.forEach(row => {
      const id = val(row, 'node');
      const kind = val(row, 'kind');
      const labelEs = val(row, 'label');
      const labelEn = val(row, 'labelEn');
      const label = (LANG === 'en' ? labelEn || labelEs : labelEs || labelEn) || val(row, 'acronym') || id;
      ids.set(id, kind);
      const data = {
        id, kind, label, labelEs, labelEn, acronym: val(row, 'acronym'),
        short: kind === 'objective' ? T.tObjective + ' ' + val(row, 'number') : (val(row, 'acronym') || label),
        number: val(row, 'number'), component: Number(val(row, 'component')),
        community: Number(val(row, 'community')), size: 20 };
      MEASURE_NAMES.forEach(m => { data[m] = Number(val(row, m)); });
      const co = collaboration.get(id);
      if (co) {
        MEASURE_NAMES.forEach(m => { data['collaboration-' + m] = Number(val(co, m)); });
      }
      elements.push({ group: 'nodes', data });
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
        { selector: 'node.quiet', style: { 'label': '' } },
        { selector: 'node:selected', style: { 'label': 'data(short)', 'border-width': 4, 'border-color': '#000',
          'font-size': 12, 'font-weight': 'bold', 'z-index': 10 } },
        { selector: 'edge', style: { 'width': 1, 'line-color': '#c5ccd6', 'curve-style': 'haystack', 'opacity': 0.8 } }
      ]
    });
    const partners = cy.nodes().filter(n => n.data('kind') === 'partner' || n.data('kind') === 'domestic-partner')
      .sort((a, b) => a.data('label').localeCompare(b.data('label'), LANG));
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
    cy.on('zoom', labels);
    ['objective', 'partner', 'measure', 'layout'].forEach(id => $(id).addEventListener('change', applyFilters));
    Object.keys(KINDS).forEach(k => $('kind-' + k).addEventListener('change', applyFilters));
    $('search-form').addEventListener('submit', e => { e.preventDefault(); search(); });
    $('reset').addEventListener('click', () => { history.replaceState(null, '', '#'); location.reload(); });
    $('download-png').addEventListener('click', () => download(fileName('png'), cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 })));
    $('download-graphml').addEventListener('click', () => {
      const v = view();
      download(fileName('graphml'), text(gcmkgExport.graphml(v.nodes, v.edges), 'application/xml'));
    });
    $('download-gexf').addEventListener('click', () => {
      const v = view();
      download(fileName('gexf'), text(gcmkgExport.gexf(v.nodes, v.edges, currentState().objective, describe()), 'application/xml'));
    });
    $('download-nodes').addEventListener('click', () => download(fileName('nodes.csv'), text(gcmkgExport.nodesCsv(view().nodes), 'text/csv')));
    $('download-edges').addEventListener('click', () => download(fileName('edges.csv'),
      text(gcmkgExport.edgesCsv(view().edges, currentState().objective), 'text/csv')));
    if (!$('status').textContent.startsWith(T.tNoProgram)) {
      status('');
    }
    document.body.dataset.state = 'ready';
  }

  window.gcmkgExplorer = {
    get cy() { return cy; },
    visibleCount: () => shownNodes().length,
    // how many nodes shown have their label drawn
    labelsDrawn: () => shownNodes().filter(n => n.style('label') !== '').length,
    fileName,
    graphml: () => { const v = view(); return gcmkgExport.graphml(v.nodes, v.edges); }
  };

  start().catch(e => {
    status(T.tFailed + ' ' + e.message);
    document.body.dataset.state = 'error';
  });
})();
