// The query editor: CodeMirror with SPARQL highlighting, the curated queries, and a result table.
(function () {
  const curated = JSON.parse(document.getElementById('curated-queries').textContent);
  const editor = CodeMirror.fromTextArea(document.getElementById('query'), { mode: 'application/sparql-query', lineNumbers: true });
  const select = document.getElementById('curated');
  const status = document.getElementById('status');
  const results = document.getElementById('results');
  function load(name) { if (curated[name]) { editor.setValue(curated[name]); select.value = name; } }
  select.addEventListener('change', () => { load(select.value); history.replaceState(null, '', '#' + select.value); });
  if (location.hash.length > 1) { load(decodeURIComponent(location.hash.substring(1))); }
  function cell(term) {
    const td = document.createElement('td');
    if (!term) { return td; }
    if (term.type === 'uri' && /^https?:\/\//i.test(term.value)) {
      // links only for http(s) IRIs: an answer may hold javascript: or data: IRIs
      const a = document.createElement('a');
      const local = term.value.replace(/^https:\/\/w3id\.org\/gcmkg\//, '/');
      a.href = local; a.textContent = term.value; td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term['xml:lang']) { const s = document.createElement('span'); s.className = 'lang'; s.textContent = ' @' + term['xml:lang']; td.appendChild(s); }
    }
    return td;
  }
  async function run() {
    status.textContent = 'Running…'; results.textContent = '';
    const started = performance.now();
    const response = await fetch('/sparql', { method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
      body: editor.getValue() });
    const text = await response.text();
    if (!response.ok) { status.textContent = 'Error ' + response.status + ': ' + text; return; }
    const data = JSON.parse(text);
    if (data.boolean !== undefined) { status.textContent = 'Answer: ' + data.boolean; return; }
    const vars = data.head.vars; const rows = data.results.bindings;
    const table = document.createElement('table'); table.id = 'result-table';
    const head = table.insertRow(); vars.forEach(v => { const th = document.createElement('th'); th.textContent = v; head.appendChild(th); });
    rows.forEach(row => { const tr = table.insertRow(); vars.forEach(v => tr.appendChild(cell(row[v]))); });
    results.appendChild(table);
    status.textContent = rows.length + ' rows in ' + Math.round(performance.now() - started) + ' ms';
  }
  document.getElementById('run').addEventListener('click', run);
})();
