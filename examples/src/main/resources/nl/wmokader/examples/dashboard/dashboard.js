// The regional Wmo dashboard: reads the aggregate resources of the API with the bearer token the user
// pasted (kept in sessionStorage only), draws them with ECharts, and asks again whenever the change
// stream (GET /api/v1/monitoring/changes, read with fetch since EventSource cannot send the
// Authorization header) says the figures may have changed. No BSN or case is ever asked for.
(function () {
  'use strict';

  var API = '/api/v1';
  var TOKEN_KEY = 'wmo-kader.dashboard.token';
  var LANG_KEY = 'wmo-kader.dashboard.lang';
  var COLORS = ['#01689b', '#a90061', '#39870c', '#e17000', '#42145f', '#8f5200'];

  var TEXT = {
    nl: {
      skip: 'Naar de cijfers', title: 'Regionaal Wmo-dashboard',
      intro: 'Gebruik, kosten, doorstroom, wachttijden en cliëntervaring van de regio, per lid en per 1.000 inwoners. De cijfers volgen elke wijziging.',
      language: 'English', signinHeading: 'Aanmelden', tokenLabel: 'Token (bearer)',
      tokenHelp: 'Plak een token van de regio, een lid of een analist. Het blijft alleen in deze browsertab (sessionStorage).',
      signin: 'Aanmelden', signout: 'Afmelden', filterHeading: 'Filters', member: 'Lid', wholeRegion: 'Alleen de regio',
      category: 'Categorie', provider: 'Aanbieder', all: 'Alle', from: 'Van (maand)', until: 'Tot en met (maand)',
      costHeading: 'Kosten per maand', costNote: 'Goedgekeurde declaraties, netto (debet min credit min terugvorderingen), in euro.',
      useHeading: 'Gebruik per maand', useNote: 'Cliënten met ondersteuning en nieuwe toewijzingen.',
      flowsHeading: 'Instroom, doorstroom en uitstroom per aanbieder', flowsNote: 'Cliënten in de gekozen maanden, opgeteld.',
      durationsHeading: 'Duur van de ondersteuning',
      durationsNote: 'Mediaan en 75e percentiel in dagen, per aanbieder en categorie (de grootste twaalf).',
      waitingHeading: 'Wachttijden',
      waitingNote: 'Dagen van toewijzing tot start, mediaan en 90e percentiel, per aanbieder en categorie (de grootste twaalf).',
      surveyHeading: 'Cliëntervaring',
      surveyNote: 'Aandeel (eens of helemaal eens) per stelling; te kleine groepen worden niet getoond.',
      membersHeading: 'Leden vergeleken per 1.000 inwoners',
      membersNote: 'Netto kosten per 1.000 inwoners over de gekozen maanden, in euro.',
      budgetHeading: 'Budget en prognose', budgetNote: 'Budget, uitgaven tot nu toe en prognose per lid.',
      footer: 'Alleen totalen: geen BSN, geen dossier. Grafieken met Apache ECharts, meegeleverd met de service.',
      region: 'Regio', memberSeries: 'Lid {0}', month: 'Maand', netCost: 'Netto kosten', clients: 'Cliënten met ondersteuning',
      newAssignments: 'Nieuwe toewijzingen', inflow: 'Instroom', throughflow: 'Doorstroom', outflow: 'Uitstroom',
      median: 'Mediaan (dagen)', p75: '75e percentiel (dagen)', p90: '90e percentiel (dagen)', count: 'Aantal',
      overNorm: 'Boven de norm', group: 'Aanbieder · categorie', statement: 'Stelling', agree: 'Eens (%)',
      respondents: 'Respondenten', suppressed: 'te weinig antwoorden', perThousand: 'Netto kosten per 1.000 inwoners',
      clientsPerThousand: 'Cliënten per 1.000 inwoners (gemiddeld per maand)', inhabitants: 'Inwoners',
      table: 'Tabel met de cijfers', noData: 'Geen cijfers voor deze keuze.',
      budget: 'Budget', spent: 'Uitgegeven', forecast: 'Prognose',
      notAvailable: 'Niet beschikbaar: deze service biedt (nog) geen cijfers over budget en prognose.',
      signInFirst: 'Meld u aan met een token om de cijfers te zien.',
      unauthorized: 'Het token is ongeldig of verlopen (401). Meld u opnieuw aan.',
      forbidden: 'Uw rol mag deze cijfers niet zien (403). Het dashboard is voor de regio, de leden en analisten.',
      failed: 'De cijfers konden niet worden opgehaald ({0}).', loading: 'Cijfers worden opgehaald…',
      updated: 'Bijgewerkt om {0}', live: 'volgt wijzigingen live (versie {0})', offline: 'wijzigingen worden niet gevolgd',
      signedInAs: 'Aangemeld als {0}.', roleRegion: 'medewerker van de regio', roleMunicipality: 'medewerker van lid {0}',
      roleAnalyst: 'analist', roleOther: 'rol {0}', notSignedIn: 'Niet aangemeld.',
      chartLine: 'Lijngrafiek: {0}. De cijfers staan in de tabel eronder.',
      chartBar: 'Staafgrafiek: {0}. De cijfers staan in de tabel eronder.'
    },
    en: {
      skip: 'Skip to the figures', title: 'Regional Wmo dashboard',
      intro: 'Use, cost, flows, waiting times and client experience of the region, per member and per 1,000 inhabitants. The figures follow every change.',
      language: 'Nederlands', signinHeading: 'Sign in', tokenLabel: 'Token (bearer)',
      tokenHelp: 'Paste a token of the region, a member or an analyst. It stays in this browser tab only (sessionStorage).',
      signin: 'Sign in', signout: 'Sign out', filterHeading: 'Filters', member: 'Member', wholeRegion: 'The region only',
      category: 'Category', provider: 'Provider', all: 'All', from: 'From (month)', until: 'Until (month)',
      costHeading: 'Cost per month', costNote: 'Approved claims, net (debits minus credits minus recoveries), in euro.',
      useHeading: 'Use per month', useNote: 'Clients with support and new assignments.',
      flowsHeading: 'Inflow, throughflow and outflow per provider', flowsNote: 'Clients in the months chosen, summed.',
      durationsHeading: 'Duration of support',
      durationsNote: 'Median and 75th percentile in days, per provider and category (the twelve largest).',
      waitingHeading: 'Waiting times',
      waitingNote: 'Days from assignment to start, median and 90th percentile, per provider and category (the twelve largest).',
      surveyHeading: 'Client experience',
      surveyNote: 'Share agreeing (agree or strongly agree) per statement; groups too small are not shown.',
      membersHeading: 'Members compared per 1,000 inhabitants',
      membersNote: 'Net cost per 1,000 inhabitants over the months chosen, in euro.',
      budgetHeading: 'Budget and forecast', budgetNote: 'Budget, spending to date and forecast per member.',
      footer: 'Aggregates only: no BSN, no case. Charts by Apache ECharts, shipped with the service.',
      region: 'Region', memberSeries: 'Member {0}', month: 'Month', netCost: 'Net cost', clients: 'Clients with support',
      newAssignments: 'New assignments', inflow: 'Inflow', throughflow: 'Throughflow', outflow: 'Outflow',
      median: 'Median (days)', p75: '75th percentile (days)', p90: '90th percentile (days)', count: 'Count',
      overNorm: 'Over the norm', group: 'Provider · category', statement: 'Statement', agree: 'Agreeing (%)',
      respondents: 'Respondents', suppressed: 'too few answers', perThousand: 'Net cost per 1,000 inhabitants',
      clientsPerThousand: 'Clients per 1,000 inhabitants (monthly average)', inhabitants: 'Inhabitants',
      table: 'Table with the figures', noData: 'No figures for this choice.',
      budget: 'Budget', spent: 'Spent', forecast: 'Forecast',
      notAvailable: 'Not available: this service offers no budget and forecast figures (yet).',
      signInFirst: 'Sign in with a token to see the figures.',
      unauthorized: 'The token is invalid or has expired (401). Please sign in again.',
      forbidden: 'Your role may not see these figures (403). The dashboard is for the region, its members and analysts.',
      failed: 'The figures could not be fetched ({0}).', loading: 'Fetching the figures…',
      updated: 'Updated at {0}', live: 'following changes live (version {0})', offline: 'changes are not followed',
      signedInAs: 'Signed in as {0}.', roleRegion: 'the region\'s staff', roleMunicipality: 'staff of member {0}',
      roleAnalyst: 'analyst', roleOther: 'role {0}', notSignedIn: 'Not signed in.',
      chartLine: 'Line chart: {0}. The figures are in the table below it.',
      chartBar: 'Bar chart: {0}. The figures are in the table below it.'
    }
  };

  var state = {
    lang: sessionStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'nl',
    token: sessionStorage.getItem(TOKEN_KEY),
    version: null, live: false, loads: 0, loading: false, again: false, stream: null, retry: null,
    data: null, updatedAt: null, problem: null, charts: {}
  };

  function t(key) {
    var text = TEXT[state.lang][key];
    for (var i = 1; i < arguments.length; i++) {
      text = text.replace('{' + (i - 1) + '}', arguments[i]);
    }
    return text;
  }

  function $(id) { return document.getElementById(id); }

  function element(name, attributes, text) {
    var e = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (k) { e.setAttribute(k, attributes[k]); });
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function number(n, digits) {
    return Number(n).toLocaleString(state.lang === 'nl' ? 'nl-NL' : 'en-GB',
      { maximumFractionDigits: digits || 0, minimumFractionDigits: digits || 0 });
  }

  function euros(cents) {
    return Number(cents / 100).toLocaleString(state.lang === 'nl' ? 'nl-NL' : 'en-GB',
      { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  }

  // --- the token: what it says about its holder, read only to preselect a member's own figures ---

  function claims(token) {
    try {
      var part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return JSON.parse(decodeURIComponent(escape(atob(part))));
    } catch (e) {
      return {};
    }
  }

  function describeHolder() {
    if (!state.token) { return t('notSignedIn'); }
    var c = claims(state.token);
    var role = String(c.wmo_role || '');
    var who = role === 'region' ? t('roleRegion') : role === 'municipality' ? t('roleMunicipality', c.wmo_municipality || '?')
      : role === 'analyst' ? t('roleAnalyst') : t('roleOther', role || '?');
    return t('signedInAs', who);
  }

  // --- language ---

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    document.title = t('title');
    document.querySelectorAll('[data-i18n]').forEach(function (e) { e.textContent = t(e.getAttribute('data-i18n')); });
    var button = $('language');
    button.textContent = t('language');
    button.setAttribute('lang', state.lang === 'nl' ? 'en' : 'nl');
    $('who').textContent = describeHolder();
    render();
  }

  // --- the API ---

  function ApiError(status, title) { this.status = status; this.title = title; }

  function get(path) {
    return fetch(API + path, { headers: { Authorization: 'Bearer ' + state.token, Accept: 'application/json' },
      cache: 'no-store' }).then(function (response) {
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (problem) {
          throw new ApiError(response.status, problem.title || response.statusText);
        });
      }
      return response.json();
    });
  }

  /** A resource that may not exist on this service: null on 404. */
  function optional(path) {
    return get(path).catch(function (e) {
      if (e instanceof ApiError && e.status === 404) { return null; }
      throw e;
    });
  }

  function filters() {
    return { member: $('member').value, category: $('category').value, provider: $('provider').value,
      from: $('from').value, until: $('until').value };
  }

  function query(f, withMember) {
    var q = '?from=' + f.from + '&until=' + f.until;
    if (f.category) { q += '&category=' + encodeURIComponent(f.category); }
    if (f.provider) { q += '&provider=' + encodeURIComponent(f.provider); }
    if (withMember && f.member) { q += '&member=' + encodeURIComponent(f.member); }
    return q;
  }

  function load() {
    if (!state.token) { state.data = null; state.problem = 'signInFirst'; render(); return; }
    if (state.loading) { state.again = true; return; }
    var f = filters();
    if (!f.from || !f.until) { return; }
    state.loading = true;
    setStatus(t('loading'), false);
    var period = '&from=' + f.from + '&to=' + f.until;
    Promise.all([
      get('/monitoring/figures/use' + query(f, false)),
      get('/monitoring/figures/cost' + query(f, false)),
      get('/monitoring/figures/flows' + query(f, true)),
      get('/monitoring/figures/durations' + query(f, true)),
      get('/monitoring/figures/waiting-times' + query(f, true)),
      get('/monitoring/figures/members' + query(f, false)),
      get('/survey/results?by=region' + period),
      f.member ? get('/survey/results?by=member' + period) : Promise.resolve(null),
      optional('/survey/questionnaire'),
      optional('/monitoring/figures/budget' + query(f, false))
    ]).then(function (r) {
      state.data = { filters: f, use: r[0].rows, cost: r[1].rows, flows: r[2].rows, durations: r[3].rows,
        waiting: r[4].rows, members: r[5].rows, surveyRegion: r[6], surveyMember: r[7], questionnaire: r[8],
        budget: r[9] };
      state.problem = null;
      state.updatedAt = new Date();
      fillOptions(state.data);
    }).catch(function (e) {
      state.data = null;
      state.problem = e instanceof ApiError ? (e.status === 401 ? 'unauthorized' : e.status === 403 ? 'forbidden'
        : { failed: e.status + ' ' + e.title }) : { failed: String(e) };
    }).then(function () {
      state.loading = false;
      state.loads++;
      render();
      document.body.setAttribute('data-loads', String(state.loads));
      if (state.again) { state.again = false; load(); }
    });
  }

  var pendingLoad = null;
  function loadSoon() {
    clearTimeout(pendingLoad);
    pendingLoad = setTimeout(load, 50);
  }

  // --- the change stream ---

  function follow() {
    stopFollowing();
    if (!state.token) { return; }
    var controller = new AbortController();
    state.stream = controller;
    fetch(API + '/monitoring/changes', { headers: { Authorization: 'Bearer ' + state.token, Accept: 'text/event-stream' },
      cache: 'no-store', signal: controller.signal }).then(function (response) {
      if (!response.ok) {
        state.live = false;
        renderStatus();
        // a refused token or role is the figures' message too; anything else: try again later
        if (response.status !== 401 && response.status !== 403) { retryLater(controller, 10000); }
        return;
      }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      function read() {
        return reader.read().then(function (chunk) {
          if (chunk.done) { throw new Error('closed'); }
          buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r/g, '');
          var end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            dispatch(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
          }
          return read();
        });
      }
      return read();
    }).catch(function () {
      if (state.stream === controller) {
        state.live = false;
        renderStatus();
        retryLater(controller, 2000);
      }
    });
  }

  function dispatch(block) {
    var name = 'message';
    var data = '';
    block.split('\n').forEach(function (line) {
      if (line.indexOf('event:') === 0) { name = line.slice(6).trim(); }
      if (line.indexOf('data:') === 0) { data += line.slice(5).trim(); }
    });
    var version = null;
    try { version = JSON.parse(data).version; } catch (e) { version = null; }
    if (name === 'ready') {
      var missed = state.version !== null && version !== state.version;
      state.live = true;
      state.version = version;
      renderStatus();
      if (missed) { loadSoon(); }
    } else if (name === 'change') {
      state.version = version;
      document.body.setAttribute('data-version', String(version));
      loadSoon();
    }
  }

  function retryLater(controller, millis) {
    clearTimeout(state.retry);
    state.retry = setTimeout(function () { if (state.stream === controller) { follow(); } }, millis);
  }

  function stopFollowing() {
    clearTimeout(state.retry);
    if (state.stream) { state.stream.abort(); state.stream = null; }
    state.live = false;
  }

  // --- filters ---

  function fillOptions(data) {
    addOptions($('member'), data.members.map(function (r) { return r.member; }));
    addOptions($('provider'), data.flows.map(function (r) { return r.provider; })
      .concat(data.durations.map(function (r) { return r.provider; })));
    addOptions($('category'), data.use.map(function (r) { return r.category; }));
  }

  /** Adds the values not offered yet, in order; never removes one (a filter narrows what comes back). */
  function addOptions(select, values) {
    var known = {};
    Array.prototype.forEach.call(select.options, function (o) { known[o.value] = true; });
    var added = false;
    values.forEach(function (v) {
      if (v && !known[v]) { known[v] = true; select.appendChild(element('option', { value: v }, v)); added = true; }
    });
    if (added) {
      var selected = select.value;
      var options = Array.prototype.slice.call(select.options, 1).sort(function (a, b) { return a.value < b.value ? -1 : 1; });
      options.forEach(function (o) { select.appendChild(o); });
      select.value = selected;
    }
  }

  /** The twelve months up to this one: cost counts by settlement month, so this month is the one that changes. */
  function defaultPeriod() {
    var now = new Date();
    var until = new Date(now.getFullYear(), now.getMonth(), 1);
    var from = new Date(until.getFullYear(), until.getMonth() - 11, 1);
    $('from').value = month(from);
    $('until').value = month(until);
  }

  function month(d) {
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0');
  }

  // --- rendering ---

  function setStatus(text, error) {
    var status = $('status');
    status.textContent = text;
    status.className = error ? 'error' : '';
  }

  function renderStatus() {
    if (state.problem) {
      var p = state.problem;
      setStatus(typeof p === 'string' ? t(p) : t('failed', p.failed), p !== 'signInFirst');
      return;
    }
    if (!state.updatedAt) { return; }
    var time = state.updatedAt.toLocaleTimeString(state.lang === 'nl' ? 'nl-NL' : 'en-GB');
    setStatus(t('updated', time) + ' · ' + (state.live ? t('live', state.version) : t('offline')), false);
  }

  function render() {
    renderStatus();
    document.querySelectorAll('[data-chart]').forEach(function (panel) {
      var kind = panel.getAttribute('data-chart');
      var body = panel.querySelector('.body');
      if (!body) { body = element('div', { 'class': 'body' }); panel.appendChild(body); }
      if (!state.data) { clear(kind, body); return; }
      var spec = SPECS[kind](state.data);
      draw(kind, body, spec);
    });
  }

  function clear(kind, body) {
    if (state.charts[kind]) { state.charts[kind].dispose(); delete state.charts[kind]; }
    body.textContent = '';
  }

  /**
   * A chart and its text alternative: the canvas is one image with a label, the numbers are a table
   * in a disclosure below it; a panel without figures says so in words.
   */
  function draw(kind, body, spec) {
    clear(kind, body);
    if (spec.unavailable || !spec.rows.length) {
      body.appendChild(element('p', { 'class': 'unavailable' }, spec.unavailable ? t('notAvailable') : t('noData')));
      return;
    }
    var chart = element('div', { 'class': 'chart', role: 'img', id: 'chart-' + kind,
      'aria-label': t(spec.type === 'line' ? 'chartLine' : 'chartBar', spec.title) });
    body.appendChild(chart);
    if (window.echarts) {
      var instance = window.echarts.init(chart, null, { renderer: 'canvas' });
      instance.setOption(option(spec));
      state.charts[kind] = instance;
    }
    var details = element('details');
    details.appendChild(element('summary', {}, t('table')));
    var table = element('table', { id: 'table-' + kind });
    table.appendChild(element('caption', {}, spec.title));
    var head = element('thead');
    var headRow = element('tr');
    headRow.appendChild(element('th', { scope: 'col' }, spec.category));
    spec.series.forEach(function (s) { headRow.appendChild(element('th', { scope: 'col' }, s.name)); });
    head.appendChild(headRow);
    table.appendChild(head);
    var rows = element('tbody');
    spec.rows.forEach(function (label, i) {
      var tr = element('tr');
      tr.appendChild(element('th', { scope: 'row' }, label));
      spec.series.forEach(function (s) {
        var v = s.values[i];
        tr.appendChild(element('td', {}, v === null || v === undefined ? '–' : (s.format || number)(v)));
      });
      rows.appendChild(tr);
    });
    table.appendChild(rows);
    details.appendChild(table);
    body.appendChild(details);
  }

  function option(spec) {
    var horizontal = spec.horizontal;
    var categoryAxis = { type: 'category', data: spec.rows, axisLabel: { color: '#1b1b1b', width: 160, overflow: 'truncate' } };
    var valueAxis = { type: 'value', axisLabel: { color: '#1b1b1b' } };
    return {
      aria: { enabled: false },
      animation: false,
      color: COLORS,
      textStyle: { fontFamily: 'system-ui, Segoe UI, Roboto, Arial, sans-serif' },
      legend: { top: 0, textStyle: { color: '#1b1b1b' } },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      grid: { left: horizontal ? 170 : 60, right: 20, top: 40, bottom: 30 },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: spec.series.filter(function (s) { return !s.tableOnly; }).map(function (s) {
        return { name: s.name, type: spec.type, data: s.values.map(function (v) { return s.scale ? v / s.scale : v; }),
          smooth: false, symbolSize: 6 };
      })
    };
  }

  function sum(rows, key, field) {
    var out = {};
    rows.forEach(function (r) { var k = key(r); out[k] = (out[k] || 0) + (Number(r[field]) || 0); });
    return out;
  }

  function months(f) {
    var out = [];
    var y = Number(f.from.slice(0, 4));
    var m = Number(f.from.slice(5, 7));
    var until = f.until;
    for (var guard = 0; guard < 48; guard++) {
      var code = y + '-' + String(m).padStart(2, '0');
      if (code > until) { break; }
      out.push(code);
      m++;
      if (m > 12) { m = 1; y++; }
    }
    return out;
  }

  function byMonth(rows, field, member) {
    var picked = member ? rows.filter(function (r) { return r.member === member; }) : rows;
    return sum(picked, function (r) { return r.month; }, field);
  }

  function regionAndMember(d, rows, field, name, format) {
    var all = months(d.filters);
    var series = [{ name: t('region') + ' · ' + name, values: all.map(function (m) { return byMonth(rows, field)[m] || 0; }),
      format: format, scale: format === euros ? 100 : 0 }];
    if (d.filters.member) {
      var mine = byMonth(rows, field, d.filters.member);
      series.push({ name: t('memberSeries', d.filters.member) + ' · ' + name,
        values: all.map(function (m) { return mine[m] || 0; }), format: format, scale: format === euros ? 100 : 0 });
    }
    return { all: all, series: series };
  }

  function top(rows, n) {
    return rows.slice().sort(function (a, b) { return b.count - a.count; }).slice(0, n);
  }

  var SPECS = {
    cost: function (d) {
      var s = regionAndMember(d, d.cost, 'netCents', t('netCost'), euros);
      return { type: 'line', title: t('costHeading'), category: t('month'), rows: d.cost.length ? s.all : [],
        series: s.series };
    },
    use: function (d) {
      var clients = regionAndMember(d, d.use, 'clientsWithSupport', t('clients'));
      var fresh = regionAndMember(d, d.use, 'newAssignments', t('newAssignments'));
      return { type: 'line', title: t('useHeading'), category: t('month'), rows: d.use.length ? clients.all : [],
        series: clients.series.concat(fresh.series) };
    },
    flows: function (d) {
      var inflow = sum(d.flows, function (r) { return r.provider; }, 'inflow');
      var through = sum(d.flows, function (r) { return r.provider; }, 'throughflow');
      var outflow = sum(d.flows, function (r) { return r.provider; }, 'outflow');
      var providers = Object.keys(inflow).sort();
      return { type: 'bar', title: t('flowsHeading'), category: t('provider'), rows: providers, series: [
        { name: t('inflow'), values: providers.map(function (p) { return inflow[p]; }) },
        { name: t('throughflow'), values: providers.map(function (p) { return through[p]; }) },
        { name: t('outflow'), values: providers.map(function (p) { return outflow[p]; }) }] };
    },
    durations: function (d) {
      var rows = top(d.durations.filter(function (r) { return r.count > 0; }), 12);
      return { type: 'bar', horizontal: true, title: t('durationsHeading'), category: t('group'),
        rows: rows.map(function (r) { return r.provider + ' · ' + r.category; }), series: [
          { name: t('median'), values: rows.map(function (r) { return r.medianDays; }) },
          { name: t('p75'), values: rows.map(function (r) { return r.p75Days; }) },
          { name: t('count'), values: rows.map(function (r) { return r.count; }), tableOnly: true }] };
    },
    waiting: function (d) {
      var rows = top(d.waiting.filter(function (r) { return r.count > 0; }), 12);
      return { type: 'bar', horizontal: true, title: t('waitingHeading'), category: t('group'),
        rows: rows.map(function (r) { return r.provider + ' · ' + r.category + (r.product ? ' · ' + r.product : ''); }),
        series: [
          { name: t('median'), values: rows.map(function (r) { return r.medianDays; }) },
          { name: t('p90'), values: rows.map(function (r) { return r.p90Days; }) },
          { name: t('overNorm'), values: rows.map(function (r) { return r.overNorm; }) }] };
    },
    survey: function (d) {
      // the statement as clients read it in Dutch, its English label in English
      var labels = {};
      if (d.questionnaire) {
        d.questionnaire.questions.forEach(function (q) {
          labels[q.code] = (state.lang === 'nl' ? q.text : q.label) || q.code;
        });
      }
      var region = (d.surveyRegion.groups[0] || { statements: [] }).statements;
      var mine = null;
      if (d.surveyMember && d.filters.member) {
        mine = (d.surveyMember.groups.filter(function (g) { return g.group === d.filters.member; })[0] || { statements: [] })
          .statements;
      }
      function share(cells, code) {
        var c = (cells || []).filter(function (x) { return x.statement === code; })[0];
        return !c || c.suppressed ? null : c.agreeBasisPoints / 100;
      }
      var codes = region.map(function (c) { return c.statement; });
      var series = [{ name: t('region'), values: codes.map(function (c) { return share(region, c); }),
        format: function (v) { return number(v, 1) + '%'; } }];
      if (mine) {
        series.push({ name: t('memberSeries', d.filters.member), values: codes.map(function (c) { return share(mine, c); }),
          format: function (v) { return number(v, 1) + '%'; } });
      }
      return { type: 'bar', horizontal: true, title: t('surveyHeading'), category: t('statement'),
        rows: codes.map(function (c) { return labels[c] || c; }), series: series };
    },
    members: function (d) {
      var net = sum(d.members, function (r) { return r.member; }, 'netCentsPer1000');
      var clients = sum(d.members, function (r) { return r.member; }, 'clientsWithSupportPer1000');
      var count = {};
      d.members.forEach(function (r) { count[r.member] = (count[r.member] || 0) + 1; });
      var codes = Object.keys(net).sort();
      return { type: 'bar', title: t('membersHeading'), category: t('member'),
        rows: codes.map(function (c) { return c === d.filters.member ? c + ' ◀' : c; }), series: [
          { name: t('perThousand'), values: codes.map(function (c) { return net[c]; }), format: euros, scale: 100 },
          { name: t('clientsPerThousand'), values: codes.map(function (c) { return clients[c] / count[c]; }),
            format: function (v) { return number(v, 2); }, tableOnly: true }] };
    },
    budget: function (d) {
      if (!d.budget) { return { unavailable: true, rows: [] }; }
      var all = d.budget.rows || [];
      // the last year of the months asked: budget, spent so far and the year's forecast per member
      var year = all.reduce(function (m, r) { return Math.max(m, r.year); }, 0);
      var rows = all.filter(function (r) { return r.year === year; });
      function money(name, key) {
        return { name: name, values: rows.map(function (r) { return r[key] == null ? null : r[key]; }),
          format: euros, scale: 100 };
      }
      return { type: 'bar', title: t('budgetHeading') + ' ' + year, category: t('member'),
        rows: rows.map(function (r) { return String(r.member); }),
        series: [money(t('budget'), 'budgetCents'), money(t('spent'), 'spentCents'),
          money(t('forecast'), 'forecastCents')] };
    }
  };

  // --- wiring ---

  function signIn(token) {
    state.token = token || null;
    if (state.token) { sessionStorage.setItem(TOKEN_KEY, state.token); } else { sessionStorage.removeItem(TOKEN_KEY); }
    state.version = null;
    state.updatedAt = null;
    var c = state.token ? claims(state.token) : {};
    if (c.wmo_municipality) {
      addOptions($('member'), [String(c.wmo_municipality)]);
      $('member').value = String(c.wmo_municipality);
    }
    $('who').textContent = describeHolder();
    load();
    follow();
  }

  document.addEventListener('DOMContentLoaded', function () {
    defaultPeriod();
    $('signin').addEventListener('submit', function (e) {
      e.preventDefault();
      var value = $('token').value.trim();
      $('token').value = '';
      signIn(value);
    });
    $('signout').addEventListener('click', function () { stopFollowing(); signIn(null); });
    $('filters').addEventListener('change', function () { load(); });
    $('filters').addEventListener('submit', function (e) { e.preventDefault(); load(); });
    $('language').addEventListener('click', function () {
      state.lang = state.lang === 'nl' ? 'en' : 'nl';
      sessionStorage.setItem(LANG_KEY, state.lang);
      applyLanguage();
    });
    window.addEventListener('resize', function () {
      Object.keys(state.charts).forEach(function (k) { state.charts[k].resize(); });
    });
    applyLanguage();
    signIn(state.token);
  });
}());
