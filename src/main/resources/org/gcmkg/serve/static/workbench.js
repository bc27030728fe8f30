// The query workbench: YASGUI against this server's endpoint, with the graph's prefixes, the curated
// examples (each opened in a new tab), labels for the IRIs of the result table, downloads, the charts of
// workbench-chart.js, and the line of a refused query marked.
(function () {
  const root = document.getElementById('workbench');
  // The page's words, in its language (keys js_ and chart_ of the messages); workbench-chart.js reads them too.
  window.gcmWords = JSON.parse(root.dataset.words || '{}');
  const t = window.gcmSay;
  const endpoint = new URL(root.dataset.endpoint, location.href).href;
  const Yasqe = Yasgui.Yasqe;
  // No completion may fetch from the internet: prefixes come from this server, and the LOV-backed class
  // and property completers are left out.
  Yasqe.defaults.autocompleters = ['prefixes', 'variables'];
  Yasgui.Yasr.registerPlugin('chart', window.GcmChart);
  Yasgui.Yasr.defaults.prefixes = {};
  // Tabs are kept in local storage, answers only when small: a large one would overflow its quota.
  const KEPT_RESPONSE = 100000;
  Yasgui.Yasr.defaults.maxPersistentResponseSize = KEPT_RESPONSE;
  Yasgui.defaults.yasr.maxPersistentResponseSize = KEPT_RESPONSE;

  // YASR's own words in the page's language: the table's (DataTables'), the names of its views, and the line
  // saying how many results came in how long.
  const table = Yasgui.Yasr.plugins.table;
  if (table && table.defaults && table.defaults.tableConfig) {
    table.defaults.tableConfig.language = Object.assign({}, table.defaults.tableConfig.language, {
      info: t('js_table_info'), infoEmpty: t('js_table_info_empty'), infoFiltered: t('js_table_info_filtered'),
      lengthMenu: t('js_table_length'), zeroRecords: t('js_table_zero'), emptyTable: t('js_table_empty'),
      aria: { orderable: t('js_table_orderable'), orderableReverse: t('js_table_orderable_reverse'),
        orderableRemove: t('js_table_orderable_remove'), paginate: { first: t('js_table_first'),
          previous: t('js_table_previous'), next: t('js_table_next'), last: t('js_table_last') } } });
  }
  // A large answer (every triple: some 34,000 rows) would take the table tens of seconds of the browser's time:
  // DataTables drew every row to size the columns (they are sized by the page shown instead), and YASR made
  // each cell's search and sort text safe HTML, which that text never becomes (it is matched and compared only).
  if (table && table.defaults && table.defaults.tableConfig) {
    table.defaults.tableConfig.autoWidth = false;
  }
  const columns = table && table.prototype.getColumns;
  if (columns) {
    table.prototype.getColumns = function (...args) {
      return columns.apply(this, args).map(c => Object.assign({}, c, { render: (data, type, ...rest) =>
        data && typeof data === 'object' && (type === 'filter' || type === 'sort') ? data.value : c.render(data, type, ...rest) }));
    };
  }
  Object.entries({ table: t('js_view_table'), response: t('js_view_response') }).forEach(([name, label]) => {
    const Plugin = Yasgui.Yasr.plugins[name];
    if (!Plugin) { return; }
    class Named extends Plugin { constructor(yasr) { super(yasr); this.label = label; } }
    Yasgui.Yasr.registerPlugin(name, Named);
  });
  const updateResponseInfo = Yasgui.Yasr.prototype.updateResponseInfo;
  if (updateResponseInfo) {
    Yasgui.Yasr.prototype.updateResponseInfo = function (...args) {
      const drawn = updateResponseInfo.apply(this, args);
      const info = this.dataElement, shown = info ? info.textContent.trim() : '';
      const m = /^(\d+) results? in ([\d.]+) seconds?$/.exec(shown), r = /^Response in ([\d.]+) seconds?$/.exec(shown);
      if (m) { info.textContent = t('js_results_in', m[1], m[2]); }
      else if (r) { info.textContent = t('js_response_in', r[1]); }
      return drawn;
    };
  }

  const PAGE_PARAMETERS = ['lang'];
  const yasgui = new Yasgui(root, {
    requestConfig: { endpoint, method: 'POST', acceptHeaderGraph: 'text/turtle', acceptHeaderSelect: 'application/sparql-results+json' },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint }], keys: [] },
    persistenceId: 'gcmkg-workbench',
    // A shared link's query-string parameters that YASGUI does not know become arguments of every request of
    // its tab; the page's own (lang) is no argument of the endpoint's, which would log it as unrecognized.
    populateFromUrl: tab => Object.assign(tab, { requestConfig: Object.assign({}, tab.requestConfig, {
      args: (tab.requestConfig.args || []).filter(a => !PAGE_PARAMETERS.includes(a.name)) }) }),
    tabName: t('js_tab'),
    yasqe: { value: document.getElementById('default-query').value, prefixCcApi: root.dataset.prefixes,
      resizeable: true, editorHeight: '22em' },
    yasr: { prefixes: {}, maxPersistentResponseSize: KEPT_RESPONSE },
  });
  window.gcmWorkbench = yasgui;
  // YASGUI also adds those parameters to its default request arguments, whenever the page's URL has them (a
  // page in Spanish has lang=es), and every new tab copies them: the defaults and the tabs drop the page's own.
  const withoutPageParameters = args => args.filter(a => !PAGE_PARAMETERS.includes(a.name));
  if (Array.isArray(yasgui.config.requestConfig.args)) {
    yasgui.config.requestConfig.args = withoutPageParameters(yasgui.config.requestConfig.args);
  }
  yasgui.persistentConfig.getTabs().forEach(id => {
    const tab = yasgui.getTab(id);
    const args = tab && tab.getRequestConfig().args;
    if (Array.isArray(args) && args.some(a => PAGE_PARAMETERS.includes(a.name))) {
      tab.setRequestConfig({ args: withoutPageParameters(args) });
    }
  });

  // The tab keeps its answer in local storage whatever its size (maxPersistentResponseSize is not applied to
  // every kind of answer), and a large one overflows the quota and shows as an error: keep small ones only.
  function keepSmallAnswersOnly(yasr) {
    if (yasr.gcmGuarded) { return; }
    yasr.gcmGuarded = true;
    const set = yasr.setResponse.bind(yasr);
    yasr.setResponse = (...args) => {
      const drawn = set(...args);
      const results = yasr.results;
      if (results) {
        const store = results.getAsStoreObject.bind(results);
        results.getAsStoreObject = max => { const o = store(max); return o && JSON.stringify(o).length > KEPT_RESPONSE ? undefined : o; };
      }
      return drawn;
    };
  }

  // Before a query runs: the view its header asks for, and no error mark from a previous run.
  yasgui.on('query', (y, tab) => {
    const yasr = tab.getYasr(), yasqe = tab.getYasqe();
    keepSmallAnswersOnly(yasr);
    yasr.gcmView = window.gcmViewOf(tab.getQuery());
    // the response draws with the selected plugin when it can: the chart for a chart header, else the table
    if (['BarChart', 'LineChart', 'Graph', 'Map'].includes(yasr.gcmView)) { yasr.selectedPlugin = 'chart'; }
    else if (['CONSTRUCT', 'DESCRIBE'].includes(yasqe.getQueryType())) { yasr.selectedPlugin = 'response'; }
    else if (yasr.selectedPlugin === 'chart' || yasr.selectedPlugin === 'response') { yasr.selectedPlugin = 'table'; }
    yasqe.getDoc().getAllMarks().forEach(m => m.clear());
    for (let i = 0; i < yasqe.lineCount(); i++) { yasqe.removeLineClass(i, 'wrap', 'gcm-error-line'); }
  });
  // (emitted just before YASR takes the response)
  // (emitted just before YASR takes the response, whose body it reads later): the error as YASR shows it.
  yasgui.on('queryResponse', (y, tab) => {
    let tries = 0;
    const look = () => {
      const yasr = tab.getYasr();
      if (yasr.results && !yasr.results.hasError()) { return; }
      const shown = yasr.resultsEl.textContent;
      if (/line \d+, column \d+/i.test(shown)) { markError(tab.getYasqe(), shown); }
      else if (tries++ < 40) { setTimeout(look, 50); }
    };
    setTimeout(look, 0);
  });

  // Jena names the place of a syntax error: "Line 3, column 7" or "at line 3, column 7".
  function markError(yasqe, text) {
    const m = /line (\d+), column (\d+)/i.exec(text);
    if (!m) { return; }
    const line = Number(m[1]) - 1, column = Number(m[2]) - 1;
    yasqe.addLineClass(line, 'wrap', 'gcm-error-line');
    yasqe.markText({ line, ch: Math.max(0, column) }, { line, ch: Math.max(1, column + 1) }, { className: 'gcm-error-mark' });
  }

  // Labels for the IRIs of the result page shown, and links that stay on this site.
  const base = 'https://w3id.org/gcmkg/';
  const labels = new Map();
  async function label(container) {
    const links = [...container.querySelectorAll('a.iri')].filter(a => !a.dataset.labelled);
    if (!links.length) { return; }
    // links only for http(s) IRIs: an answer may hold javascript: or data: IRIs
    links.filter(a => !/^https?:\/\//i.test(a.getAttribute('href') || '')).forEach(a => { a.removeAttribute('href'); a.dataset.labelled = '1'; });
    links.forEach(a => { if (!a.hasAttribute('href')) { return; } a.dataset.labelled = '1'; const iri = a.getAttribute('href'); if (iri.startsWith(base)) { a.href = '/' + iri.slice(base.length); } a.dataset.iri = iri; });
    const wanted = [...new Set(links.filter(a => a.dataset.iri).map(a => a.dataset.iri))].filter(i => !labels.has(i) && /^https?:\/\/[^\s<>"{}|\\^`]+$/.test(i));
    if (wanted.length) {
      const q = 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n'
        + 'SELECT ?s (SAMPLE(?l) AS ?label) WHERE { VALUES ?s { ' + wanted.map(i => '<' + i + '>').join(' ')
        + ' } ?s rdfs:label|skos:prefLabel ?l FILTER(lang(?l) = "en" || lang(?l) = "es" || lang(?l) = "") } GROUP BY ?s';
      try {
        const r = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' }, body: q });
        if (r.ok) { (await r.json()).results.bindings.forEach(b => labels.set(b.s.value, b.label.value)); }
      } catch (e) { /* labels are a help, not the answer */ }
      wanted.forEach(i => { if (!labels.has(i)) { labels.set(i, null); } });
    }
    links.filter(a => a.dataset.iri).forEach(a => {
      const l = labels.get(a.dataset.iri);
      if (l) { const s = document.createElement('span'); s.className = 'iri-label'; s.textContent = l; a.after(s); }
    });
  }
  // Accessibility: a tab list holds tabs only (YASGUI puts its "add tab" button inside), and the editors'
  // scrolling boxes can be reached with the keyboard.
  function accessible() {
    root.querySelectorAll('[role=tablist] button:not([role=tab])').forEach(button => {
      const list = button.closest('[role=tablist]');
      const item = [...list.children].find(c => c.contains(button));
      if (!item || item.querySelector('[role=tab]') || item.hidden) { return; }
      item.hidden = true; // YASGUI adds tabs before it: it stays, hidden, and a button outside the list adds tabs
      const add = document.createElement('button');
      add.type = 'button';
      add.className = 'gcm-add-tab';
      add.textContent = t('js_new_tab');
      add.addEventListener('click', () => yasgui.addTab(true));
      list.after(add);
    });
    root.querySelectorAll('.CodeMirror textarea:not([aria-label])').forEach(e => e.setAttribute('aria-label',
      e.closest('.yasqe') ? t('js_sparql_query') : t('js_query_response')));
    root.querySelectorAll('.CodeMirror-scroll:not([tabindex="0"])').forEach(e => { e.tabIndex = 0; e.setAttribute('aria-label', t('js_editor_text')); });
    // the table's controls: a name for the page-size list, and their words in the page's language (each set only
    // when it differs, since setting it is a change this observer sees)
    const say = (e, attr, text) => { if (e.getAttribute(attr) !== text) { e.setAttribute(attr, text); } };
    root.querySelectorAll('.yasr .tableSizer').forEach(e => say(e, 'aria-label', t('js_page_size')));
    root.querySelectorAll('.yasr .tableFilter').forEach(e => { say(e, 'aria-label', t('js_filter')); say(e, 'placeholder', t('js_filter')); });
    root.querySelectorAll('.yasr .pageSizerLabel').forEach(e => { if (e.textContent !== t('js_page_size') + ': ') { e.textContent = t('js_page_size') + ': '; } });
  }
  // YASGUI's other words, for which it has no setting: its buttons' tooltips and names, the settings and tab
  // menus, the table's switches, the errors and notes it writes. Each English text it writes, matched whole,
  // becomes the page's word; English pages get YASGUI's own text back and so stay as they were. Only YASGUI's
  // controls are looked at: never the editor's lines, the answer's cells or the charts.
  const YASGUI_WORDS = new Map([
    ['Share query', t('js_yasgui_share')], ['Run query', t('js_yasgui_run')], ['Close tab', t('js_yasgui_close_tab')],
    ['Add tab', t('js_yasgui_add_tab')], ['Add a new tab', t('js_yasgui_add_new_tab')],
    ['Open settings', t('js_yasgui_open_settings')], ['Close settings', t('js_yasgui_close_settings')],
    ['Settings', t('js_yasgui_settings')],
    ['Request method', t('js_yasgui_request_method')], ['Accept Headers', t('js_yasgui_accept_headers')],
    ['Arguments', t('js_yasgui_arguments')], ['Header Arguments', t('js_yasgui_header_arguments')],
    ['Default Graphs', t('js_yasgui_default_graphs')], ['Named Graphs', t('js_yasgui_named_graphs')],
    ['New Tab', t('js_yasgui_new_tab')], ['Rename Tab', t('js_yasgui_rename_tab')], ['Copy Tab', t('js_yasgui_copy_tab')],
    ['Close Tab', t('js_yasgui_close_tab_menu')], ['Close other tabs', t('js_yasgui_close_other_tabs')],
    ['Undo close Tab', t('js_yasgui_undo_close')], ['Download result', t('js_yasgui_download_result')],
    ['Download Results', t('js_yasgui_download_results')], ['Download not supported', t('js_yasgui_no_download')],
    ['Show all', t('js_yasgui_show_all')], ['Simple view', t('js_yasgui_simple_view')], ['Ellipse', t('js_yasgui_ellipse')],
    ['All', t('js_yasgui_all')], ['This line is invalid. Expected:', t('js_yasgui_invalid_line')],
    ["This plugin doesn't have a help reference yet. Please contact the maintainer to fix this", t('js_yasgui_no_help')],
    ['Search or add an endpoint', t('js_yasgui_endpoint_search')],
    ['Nothing to autocomplete yet!', t('js_yasgui_nothing_to_complete')],
    ['Failed fetching suggestions', t('js_yasgui_no_suggestions')], ['cannot render result', t('js_yasgui_cannot_render')],
    ['Try query in a new browser window', t('js_yasgui_try_query')],
    ['Unable to get response from endpoint. Possible reasons:', t('js_yasgui_no_response')],
    ['Incorrect endpoint URL', t('js_yasgui_bad_endpoint')], ['Endpoint is down', t('js_yasgui_endpoint_down')],
    ['Endpoint is not accessible from the YASGUI server and website, and the endpoint is not', t('js_yasgui_not_accessible')],
    ['CORS-enabled', t('js_yasgui_cors')]]);
  const YASGUI_PATTERNS = [[/^Shows (.+) view$/, v => t('js_yasgui_shows_view', v)],
    [/^View documentation of (.+)$/, v => t('js_yasgui_documentation', v)]];
  // (the answer's table, head and cells, holds its names and values: a variable ?All is not translated)
  const NOT_YASGUI = '.CodeMirror-line, .CodeMirror-line-like, .CodeMirror-measure, table.dataTable, .gcm-chart, '
    + '.errorMessage, .tabsList .tab > a > span';
  // The page's word for a text of YASGUI (its spaces around kept), or null when it is not one.
  function yasguiWord(text) {
    const whole = text.trim();
    if (!whole) { return null; }
    if (YASGUI_WORDS.has(whole)) { return text.replace(whole, YASGUI_WORDS.get(whole)); }
    const pattern = YASGUI_PATTERNS.find(([re]) => re.test(whole));
    return pattern ? text.replace(whole, pattern[1](pattern[0].exec(whole)[1])) : null;
  }
  function translateYasgui() {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, { acceptNode: n =>
      n.nodeType !== Node.TEXT_NODE ? (n.matches(NOT_YASGUI) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP) : NodeFilter.FILTER_ACCEPT });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const said = yasguiWord(n.nodeValue);
      if (said !== null && said !== n.nodeValue) { n.nodeValue = said; }
    }
    root.querySelectorAll('[title], [aria-label], [placeholder]').forEach(e => {
      if (e.closest(NOT_YASGUI)) { return; }
      ['title', 'aria-label', 'placeholder'].forEach(a => {
        const value = e.getAttribute(a), said = value && yasguiWord(value);
        if (said && said !== value) { e.setAttribute(a, said); }
      });
    });
  }
  const observer = new MutationObserver(() => {
    translateYasgui();
    accessible();
    document.querySelectorAll('.yasr .dataTable').forEach(t => label(t));
  });
  translateYasgui();
  accessible();
  // (attributes too: YASGUI changes some tooltips and names without drawing anything)
  observer.observe(root, { childList: true, subtree: true, attributes: true,
    attributeFilter: ['title', 'aria-label', 'placeholder'] });

  // Downloads: the query of the open tab run again in the format asked for.
  document.querySelectorAll('#downloads button').forEach(button => button.addEventListener('click', async () => {
    const status = document.getElementById('download-status');
    const tab = yasgui.getTab();
    status.textContent = t('js_preparing', button.dataset.ext.toUpperCase());
    const type = tab.getYasqe().getQueryType();
    const accept = (type === 'CONSTRUCT' || type === 'DESCRIBE') ? 'text/turtle' : button.dataset.accept;
    const r = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: accept }, body: tab.getQuery() });
    if (!r.ok) { status.textContent = (await r.text()).trim(); return; }
    const a = document.createElement('a');
    a.href = URL.createObjectURL(await r.blob());
    a.download = 'gcmkg-results.' + (accept === 'text/turtle' ? 'ttl' : button.dataset.ext);
    document.body.appendChild(a); a.click(); a.remove();
    status.textContent = t('js_downloaded', a.download);
  }));

  // Curated examples: searchable, each opened in a new tab so that no edit is overwritten.
  const examples = [...document.querySelectorAll('#examples .example')];
  function openExample(li, run) {
    const text = li.querySelector('.example-text').value;
    yasgui.addTab(true, { name: li.querySelector('.open-example').textContent, yasqe: { value: text } });
    if (run) { yasgui.getTab().query(); }
  }
  examples.forEach(li => li.querySelector('.open-example').addEventListener('click', () => openExample(li, true)));
  const filter = document.getElementById('example-filter'), count = document.getElementById('example-count');
  filter.addEventListener('input', () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    examples.forEach(li => { const hit = words.every(w => li.textContent.toLowerCase().includes(w)); li.hidden = !hit; shown += hit ? 1 : 0; });
    count.textContent = t('js_shown_of', shown, examples.length);
  });
  // The landing page links examples as /query#name.
  const named = location.hash.length > 1 && examples.find(li => li.dataset.name === decodeURIComponent(location.hash.slice(1)));
  if (named) { openExample(named, false); history.replaceState(null, '', location.pathname); }
})();
