// The explorer's downloads: the view shown (visible nodes and the edges between them) as GEXF, CSV (nodes and
// edges) and GraphML, with the same attributes and ids as `gcmkg export`. The measures are those the explorer
// shows, the whole network's as stored in the graph (see docs/network.md). Loaded before explore.js.
(function () {
  'use strict';

  // Node attributes in the order of `gcmkg export` (NetworkExporter.NODE_COLUMNS), and where the explorer keeps them.
  const NODE_COLUMNS = [['id', 'exportId'], ['iri', 'id'], ['kind', 'kind'], ['label', 'labelEs'], ['label_en', 'labelEn'],
    ['acronym', 'acronym'], ['degree', 'degree'], ['weighted_degree', 'weightedDegree'], ['betweenness', 'betweenness'],
    ['closeness', 'closeness'], ['component', 'component'], ['community', 'community']];
  const TYPES = { degree: 'integer', component: 'integer', community: 'integer', weighted_degree: 'double',
    betweenness: 'double', closeness: 'double' };
  const EDGE_COLUMNS = ['id', 'source', 'target', 'kind', 'objectives', 'weight', 'programs'];

  function xml(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  // The node ids of the exports: the path under id/ with ':' for '/', as GraphML wants XML name tokens.
  function exportId(iri) {
    const at = iri.indexOf('/id/');
    return (at < 0 ? iri : iri.substring(at + 4)).replace(/\//g, ':');
  }

  function nodeValue(n, field) {
    if (field === 'exportId') {
      return exportId(n.id());
    }
    const v = n.data(field);
    return v === undefined || v === null ? '' : String(v);
  }

  // An edge's values: the objectives are those of its program (only the chosen one when filtered).
  function edgeValues(e, i, objective) {
    const program = [e.source(), e.target()].find(n => n.data('kind') === 'program');
    const other = [e.source(), e.target()].find(n => n.data('kind') === 'objective');
    let objectives = other ? [other.data('number')]
      : program ? program.neighborhood('node[kind = "objective"]').map(o => o.data('number')) : [];
    objectives = objectives.map(Number).filter(n => !objective || String(n) === objective).sort((a, b) => a - b);
    return { id: 'e' + (i + 1), source: exportId(e.source().id()), target: exportId(e.target().id()),
      kind: e.data('kind'), objectives: objectives.join(';'), weight: '1', programs: '' };
  }

  function csvCell(s) {
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function csv(rows) {
    return rows.map(r => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }

  function nodesCsv(nodes) {
    return csv([NODE_COLUMNS.map(c => c[0])].concat(nodes.map(n => NODE_COLUMNS.map(([, f]) => nodeValue(n, f)))));
  }

  function edgesCsv(edges, objective) {
    return csv([EDGE_COLUMNS].concat(edges.map((e, i) => {
      const v = edgeValues(e, i, objective);
      return EDGE_COLUMNS.map(c => v[c]);
    })));
  }

  // GEXF 1.2, as `gcmkg export --format gexf` writes it: the Spanish label as GEXF's own label, the rest as
  // typed attributes.
  function gexf(nodes, edges, objective, description) {
    const attributes = NODE_COLUMNS.filter(([k]) => k !== 'id' && k !== 'label');
    let out = '<?xml version="1.0" encoding="UTF-8"?>\n'
      + '<gexf xmlns="http://gexf.net/1.2" version="1.2">\n'
      + `  <meta><creator>gcmkg explorer</creator><description>${xml(description)}</description></meta>\n`
      + '  <graph defaultedgetype="undirected">\n    <attributes class="node">\n';
    attributes.forEach(([k]) => { out += `      <attribute id="${k}" title="${k}" type="${TYPES[k] || 'string'}"/>\n`; });
    out += '    </attributes>\n    <attributes class="edge">\n'
      + '      <attribute id="objectives" title="objectives" type="string"/>\n    </attributes>\n    <nodes>\n';
    nodes.forEach(n => {
      out += `      <node id="${xml(exportId(n.id()))}" label="${xml(nodeValue(n, 'labelEs'))}"><attvalues>`;
      attributes.forEach(([k, f]) => {
        const v = nodeValue(n, f);
        if (v !== '') out += `<attvalue for="${k}" value="${xml(v)}"/>`;
      });
      out += '</attvalues></node>\n';
    });
    out += '    </nodes>\n    <edges>\n';
    edges.forEach((e, i) => {
      const v = edgeValues(e, i, objective);
      out += `      <edge id="${v.id}" source="${xml(v.source)}" target="${xml(v.target)}" label="${xml(v.kind)}" weight="1.0">`
        + `<attvalues><attvalue for="objectives" value="${xml(v.objectives)}"/></attvalues></edge>\n`;
    });
    return out + '    </edges>\n  </graph>\n</gexf>\n';
  }

  // GraphML with the same keys as `gcmkg export --format graphml`.
  function graphml(nodes, edges) {
    const keys = NODE_COLUMNS.filter(([k]) => k !== 'id');
    let out = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
    keys.forEach(([k]) => {
      const t = TYPES[k] === 'integer' ? 'int' : TYPES[k] || 'string';
      out += `  <key id="${k}" for="node" attr.name="${k}" attr.type="${t}"/>\n`;
    });
    out += '  <key id="rel" for="edge" attr.name="kind" attr.type="string"/>\n  <graph edgedefault="undirected">\n';
    nodes.forEach(n => {
      out += `    <node id="${xml(exportId(n.id()))}">`;
      keys.forEach(([k, f]) => {
        const v = nodeValue(n, f);
        if (v !== '') out += `<data key="${k}">${xml(v)}</data>`;
      });
      out += '</node>\n';
    });
    edges.forEach((e, i) => {
      out += `    <edge id="e${i + 1}" source="${xml(exportId(e.source().id()))}" target="${xml(exportId(e.target().id()))}">`
        + `<data key="rel">${xml(e.data('kind'))}</data></edge>\n`;
    });
    return out + '  </graph>\n</graphml>\n';
  }

  // The file name says the filters: gcmkg-network-objective-10-agency.gexf
  function fileName(state, allKinds, ext) {
    let name = 'gcmkg-network';
    if (state.objective) name += '-objective-' + state.objective;
    if (state.kinds.length !== allKinds) name += '-' + (state.kinds.length ? state.kinds.join('-') : 'none');
    if (state.partner) name += '-partner-' + exportId(state.partner).replace(/[^A-Za-z0-9-]+/g, '-');
    return name + '.' + ext;
  }

  window.gcmkgExport = { gexf, graphml, nodesCsv, edgesCsv, fileName, exportId };
})();
