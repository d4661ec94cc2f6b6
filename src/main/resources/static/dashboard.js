/* The governance dashboard: /api/reports with the Tasklist session, charts drawn by Apache ECharts. */
'use strict';

(() => {
  const { api, request, escape, itemLink, refusal } = Tracker;
  const $ = id => document.getElementById(id);
  const FORBIDDEN = 'The dashboard is for managers, quality leads and senior leaders. Your role does not include it.';
  const PACK_FORBIDDEN = 'Evidence packs are for registered managers, deputy managers, quality leads, HR and senior leaders.';
  const COLOURS = ['#1d3a5f', '#c8553d', '#2f8f5b', '#d9a404', '#6b4c9a', '#2a7ab0', '#8c564b', '#7f7f7f'];

  // The figures of each report, as the evidence pack names them: [field, label, unit, trace entry]. The reports send
  // no keys: those behind a figure are fetched a page at a time from the report's /keys when the figure is opened.
  const SUPERVISION = [
    ['opened', 'Actions opened', '', 'opened'],
    ['dueInPeriod', 'Actions due (deadline in the period)', '', 'dueInPeriod'],
    ['closedOnTime', 'Of those due, closed as complete by the deadline', '', 'closedOnTime'],
    ['onTimeClosurePercent', 'On-time closure (closed on time / due)', '%', 'closedOnTime'],
    ['openOverdue', 'Open and overdue at the end of the period', '', 'openOverdue'],
    ['closedWithWeakEvidence', 'Closed on a statement alone (weak evidence)', '', 'closedWithWeakEvidence'],
    ['repeatActionsCarriedForward', 'Repeat actions carried forward', '', 'repeatActionsCarriedForward'],
    ['lateEntries', 'Entered later than the supervision day', '', 'lateEntries'],
    ['escalated', 'Escalated into the overdue actions register', '', 'escalated'],
  ];
  const CASES = [
    ['opened', 'Cases opened', '', 'opened'],
    ['openCases', 'Cases open at the end of the period', '', 'openCases'],
    ['reviewsDue', 'Reviews due', '', 'reviewsDue'],
    ['reviewsOnTime', 'Reviews on time', '', 'reviewsOnTime'],
    ['reviewTimelinessPercent', 'Review timeliness', '%', 'reviewsOnTime'],
    ['closed', 'Cases closed', '', 'closed'],
    ['closedWithinTarget', 'Closed by the target closure date', '', 'closedWithinTarget'],
    ['closedWithinTargetPercent', 'Closed within target', '%', 'closedWithinTarget'],
    ['averageCaseDurationDays', 'Average case duration', ' days', 'closed'],
    ['repeatEscalationsWithin60Days', 'Repeat escalations within 60 days', '', 'repeatEscalationsWithin60Days'],
    ['seniorOversightEscalations', 'Escalated to senior provider oversight', '', 'seniorOversightEscalations'],
    ['progressUnchanged', 'Open cases with unchanged progress ratings', '', 'progressUnchanged'],
  ];
  const PROBATION = [
    ['opened', 'Probation actions opened', '', 'opened'],
    ['dueInPeriod', 'Due in the period', '', 'dueInPeriod'],
    ['closedByDueDate', 'Closed by the due date', '', 'closedByDueDate'],
    ['closedByDueDatePercent', 'Closed by the due date (% of due)', '%', 'closedByDueDate'],
    ['openOverdue', 'Open and overdue at the end of the period', '', 'openOverdue'],
    ['escalations', 'Escalated for enhanced oversight', '', 'escalations'],
    ['poorlyEvidencedSignOffs', 'Signed off on a statement alone', '', 'poorlyEvidencedSignOffs'],
    ['week12EarlyWarnings', 'Week-12 early warnings', '', 'week12EarlyWarnings'],
  ];

  const KEYS_PAGE = 100;
  const charts = {};

  // ---- dates: the provider's calendar days as ISO strings ----
  const pad = n => String(n).padStart(2, '0');
  const isoDay = (y, m, d) => y + '-' + pad(m) + '-' + pad(d);
  const lastDay = (y, m) => new Date(y, m, 0).getDate();

  /** The n months ending with the month of the ISO day `to`. */
  function months(to, n) {
    let [y, m] = to.split('-').map(Number);
    const list = [];
    for (let i = 0; i < n; i++) {
      list.unshift({ label: y + '-' + pad(m), from: isoDay(y, m, 1), to: isoDay(y, m, lastDay(y, m)) });
      m -= 1;
      if (m === 0) { m = 12; y -= 1; }
    }
    return list;
  }

  function query(params) {
    const q = new URLSearchParams();
    Object.entries(params).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') q.set(k, v); });
    return q.toString();
  }

  function filters() {
    return { from: $('from').value, to: $('to').value, team: $('team').value, manager: $('manager').value, months: Number($('months').value) };
  }

  function notice(html) {
    $('notice').innerHTML = html;
    $('notice').hidden = !html;
  }

  function fill(select, values, label = v => v, value = v => v) {
    values.forEach(v => select.add(new Option(label(v), value(v))));
  }

  const pretty = s => String(s).charAt(0) + String(s).slice(1).toLowerCase().replace(/_/g, ' ');
  // percentages and averages with one decimal, as the reports compute them and the evidence pack prints them
  const shown = (value, unit) => value === null || value === undefined ? 'n/a'
    : (unit && typeof value === 'number' ? value.toFixed(1) : value) + unit;

  // ---- start ----
  async function init() {
    const params = new URLSearchParams(location.search);
    const now = new Date();
    $('from').value = params.get('from') || isoDay(now.getFullYear(), now.getMonth() + 1, 1);
    $('to').value = params.get('to') || isoDay(now.getFullYear(), now.getMonth() + 1, lastDay(now.getFullYear(), now.getMonth() + 1));
    if (params.get('months')) $('months').value = params.get('months');

    let staff;
    try {
      staff = await api('/api/staff');
    } catch (e) {
      return stop(e);
    }
    fill($('team'), [...new Set(staff.map(s => s.team))].sort());
    fill($('manager'), [...new Set(staff.map(s => s.lineManager))].sort());
    fill($('staff'), staff, s => s.name + ' (' + s.staffId + '), ' + s.team, s => s.staffId);
    $('team').value = params.get('team') || '';
    $('manager').value = params.get('manager') || '';

    window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
    $('filters').addEventListener('submit', event => { event.preventDefault(); refresh(); });
    document.querySelectorAll('[data-pack]').forEach(b => b.addEventListener('click', () => download(b.dataset.pack, b.dataset.staff === 'true')));
    refresh();
  }

  function stop(error) {
    notice(refusal(error, FORBIDDEN));
    $('content').hidden = true;
  }

  // ---- figures, warnings and charts for the chosen filters ----
  async function refresh() {
    const f = filters();
    if (!f.from || !f.to || f.to < f.from) {
      notice('Choose a period: <em>To</em> must not be before <em>From</em>.');
      return;
    }
    notice('');
    history.replaceState(null, '', '?' + query(f));
    const scope = { team: f.team, manager: f.manager };
    const trend = months(f.to, f.months);
    let period;
    let monthly;
    let warnings;
    try {
      // the period, its early warnings and the trend of all three workflows in one call
      const d = await api('/api/reports/dashboard?' + query({ from: f.from, to: f.to, months: f.months, ...scope }));
      period = [d.supervision, d.escalatedCases, d.probationActions];
      warnings = d.warnings;
      monthly = d.months.map((m, i) => [d.supervisionTrend[i], d.escalatedCaseTrend[i], d.probationTrend[i]]);
    } catch (e) {
      return stop(e);
    }
    $('content').hidden = false;
    const [supervision] = period;
    // a line manager's figures are narrowed to their own actions; evidence packs are for the oversight groups
    const lineManager = Boolean(supervision.manager) && supervision.manager !== f.manager;
    $('pack-buttons').hidden = lineManager;
    $('pack-refused').hidden = !lineManager;
    $('scope').textContent = 'Showing ' + f.from + ' to ' + f.to + (f.team ? ', team ' + f.team : ', all teams')
      + (supervision.manager ? ', manager ' + supervision.manager : ', all managers') + '.'
      + (lineManager ? ' Line managers see the figures of their own actions only.' : '');
    figures(period, { from: f.from, to: f.to, ...scope });
    earlyWarnings(warnings);
    drawCharts(trend, monthly);
    if (!lineManager) {
      leaversOpenItems();
    }
  }

  /** Open items of staff who have left (oversight roles): each to be reassigned or closed. */
  async function leaversOpenItems() {
    let items;
    try {
      items = await api('/api/retention/leavers');
    } catch (e) {
      $('leavers-section').hidden = true;
      return;
    }
    $('leavers-section').hidden = false;
    $('leavers').innerHTML = items.length === 0 ? '<p>No open items of staff who have left.</p>'
      : '<ul class="warnings">' + items.map(i => '<li><strong>' + escape(i.name) + '</strong> (' + escape(i.staffId)
        + (i.team ? ', ' + escape(i.team) : '') + ') left on ' + escape(i.leavingDate) + ': ' + itemLink(i.businessKey)
        + ', ' + escape(String(i.status).toLowerCase()) + ', with ' + escape(i.owner || 'nobody')
        + '. Reassign or close it.</li>').join('') + '</ul>';
  }

  /** The business keys behind one figure of a report (supervision-actions, escalated-cases, ...), a page (from 0) at a time. */
  function reportKeys(report, figure, params, page = 0) {
    return api('/api/reports/' + report + '/keys?' + query({ figure, ...params, page, size: KEYS_PAGE }));
  }

  /** Every key behind a figure (for a chart's bar: a month's figure is small). */
  async function allKeys(report, figure, params) {
    const keys = [];
    for (let page = 0; ; page++) {
      const answer = await reportKeys(report, figure, params, page);
      keys.push(...answer.keys);
      if (answer.keys.length < KEYS_PAGE || keys.length >= answer.total) return keys;
    }
  }

  /** A figure opened for the first time: its first page of keys, and a button for each next page. */
  async function openKeys(details, params) {
    if (details.dataset.loaded || !details.open) return;
    details.dataset.loaded = 'yes';
    const list = details.querySelector('.keys');
    const more = details.querySelector('button');
    const load = async () => {
      const page = Number(details.dataset.page || 0);
      more.hidden = true;
      try {
        const answer = await reportKeys(details.dataset.report, details.dataset.figure, params, page);
        list.insertAdjacentHTML('beforeend', answer.keys.map(itemLink).join(' ') + ' ');
        details.dataset.page = page + 1;
        more.hidden = (page + 1) * KEYS_PAGE >= answer.total;
      } catch (e) {
        list.insertAdjacentHTML('beforeend', '<span class="hint">' + refusal(e, FORBIDDEN) + '</span>');
      }
    };
    more.addEventListener('click', load);
    await load();
  }

  function figures([supervision, cases, probation], params) {
    const table = (title, report, rows, path) => {
      const body = rows.map(([field, label, unit, traced]) => {
        let behind;
        if (report.trace) {
          const keys = report.trace[traced] || [];
          behind = keys.length === 0 ? '<span class="hint">none</span>'
            : '<details><summary>' + keys.length + (keys.length === 1 ? ' item' : ' items') + '</summary><p class="keys">'
              + keys.map(itemLink).join(' ') + '</p></details>';
        } else {
          // no keys in the report: the count is the figure's own, the keys come when the figure is opened
          const count = report[traced] || 0;
          behind = count === 0 ? '<span class="hint">none</span>'
            : '<details class="report-keys" data-report="' + path + '" data-figure="' + escape(traced) + '"><summary>' + count
              + (count === 1 ? ' item' : ' items') + '</summary><p class="keys"></p>'
              + '<button type="button" hidden>More</button></details>';
        }
        return '<tr><th scope="row">' + escape(label) + '</th><td class="number">' + escape(shown(report[field], unit))
          + '</td><td>' + behind + '</td></tr>';
      }).join('');
      return '<table class="figures"><caption>' + escape(title) + '</caption><thead><tr><th scope="col">Figure</th>'
        + '<th scope="col" class="number">Value</th><th scope="col">Actions behind it</th></tr></thead><tbody>' + body + '</tbody></table>';
    };
    $('figures').innerHTML = table('Supervision actions', supervision, SUPERVISION, 'supervision-actions')
      + table('Escalated cases', cases, CASES, 'escalated-cases')
      + table('Probation actions', probation, PROBATION, 'probation-actions');
    $('figures').querySelectorAll('details.report-keys').forEach(d =>
      d.addEventListener('toggle', () => openKeys(d, params)));
  }

  function earlyWarnings(warnings) {
    $('warnings').innerHTML = warnings.length === 0 ? '<p>No early warning signs in this period.</p>'
      : '<ul class="warnings">' + warnings.map(w => '<li><strong>' + escape(w.title) + '</strong>: ' + escape(w.detail)
        + '<p class="keys">' + (w.businessKeys || []).map(itemLink).join(' ') + '</p></li>').join('') + '</ul>';
  }

  // ---- charts ----
  function showKeys(title, keys) {
    $('chart-keys').innerHTML = '<h3>' + escape(title) + '</h3>' + (keys && keys.length
      ? '<p class="keys">' + keys.map(itemLink).join(' ') + '</p>' : '<p>No actions.</p>');
  }

  function draw(id, option, keysFor) {
    // made on first use: ECharts needs the element shown to know its size
    const chart = charts[id] || (charts[id] = echarts.init($(id), null, { renderer: 'canvas' }));
    chart.clear();
    chart.setOption(Object.assign({
      color: COLOURS,
      aria: { enabled: true },
      textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 52, top: 64, bottom: 28 },
    }, option));
    chart.off('click');
    if (keysFor) {
      // keys are a list, or a promise of one for the supervision figures fetched on demand
      chart.on('click', async p => {
        const { title, keys } = keysFor(p);
        try {
          showKeys(title, await keys);
        } catch (e) {
          $('chart-keys').innerHTML = '<h3>' + escape(title) + '</h3><p>' + refusal(e, FORBIDDEN) + '</p>';
        }
      });
    }
  }

  function noData(id, text) {
    draw(id, {
      tooltip: { show: false },
      graphic: { type: 'text', left: 'center', top: 'middle', style: { text, fontSize: 14, fill: '#555' } },
    });
  }

  /** The keys behind a figure of one month of the trend, fetched when its bar is selected. */
  function monthKeys(figure, month, report = 'supervision-actions') {
    const f = filters();
    return allKeys(report, figure, { from: month.from, to: month.to, team: f.team, manager: f.manager });
  }

  function stackedByMonth(id, trend, monthly, field, traceName, what) {
    const groups = [...new Set(monthly.flatMap(([s]) => Object.keys(s[field] || {})))].sort();
    if (groups.length === 0) {
      return noData(id, 'No missed deadlines in these months');
    }
    draw(id, {
      xAxis: { type: 'category', data: trend.map(m => m.label) },
      yAxis: { type: 'value', minInterval: 1 },
      series: groups.map(g => ({ name: field === 'overdueByCategory' ? pretty(g) : g, type: 'bar', stack: 'all',
        data: monthly.map(([s]) => (s[field] || {})[g] || 0) })),
    }, p => {
      const group = groups[p.seriesIndex];
      return { title: what + ' ' + group + ', ' + trend[p.dataIndex].label,
        keys: monthKeys(traceName + ':' + group, trend[p.dataIndex]) };
    });
  }

  function drawCharts(trend, monthly) {
    const labels = trend.map(m => m.label);
    draw('chart-ontime', {
      xAxis: { type: 'category', data: labels },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
      series: [
        { name: 'Due in the month', type: 'bar', data: monthly.map(([s]) => s.dueInPeriod) },
        { name: 'Closed on time', type: 'bar', data: monthly.map(([s]) => s.closedOnTime) },
        { name: 'On-time closure %', type: 'line', yAxisIndex: 1, data: monthly.map(([s]) => s.onTimeClosurePercent) },
      ],
    }, p => ({ title: p.seriesName + ', ' + labels[p.dataIndex],
      keys: monthKeys(p.seriesIndex === 0 ? 'dueInPeriod' : 'closedOnTime', trend[p.dataIndex]) }));
    stackedByMonth('chart-manager', trend, monthly, 'overdueByManager', 'overdueByManager', 'Missed deadlines, manager');
    stackedByMonth('chart-category', trend, monthly, 'overdueByCategory', 'overdueByCategory', 'Missed deadlines, category');
    draw('chart-cases', {
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: 'Open at the end of the month', type: 'bar', data: monthly.map(([, c]) => c.openCases) },
        { name: 'Opened in the month', type: 'line', data: monthly.map(([, c]) => c.opened) },
      ],
    }, p => ({ title: p.seriesName + ', ' + labels[p.dataIndex],
      keys: monthKeys(p.seriesIndex === 0 ? 'openCases' : 'opened', trend[p.dataIndex], 'escalated-cases') }));
    draw('chart-probation', {
      xAxis: { type: 'category', data: labels },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
      series: [
        { name: 'Due in the month', type: 'bar', data: monthly.map(([, , p]) => p.dueInPeriod) },
        { name: 'Closed by the due date', type: 'bar', data: monthly.map(([, , p]) => p.closedByDueDate) },
        { name: 'Closed by due date %', type: 'line', yAxisIndex: 1, data: monthly.map(([, , p]) => p.closedByDueDatePercent) },
      ],
    }, p => ({ title: p.seriesName + ', ' + labels[p.dataIndex],
      keys: monthKeys(p.seriesIndex === 0 ? 'dueInPeriod' : 'closedByDueDate', trend[p.dataIndex], 'probation-actions') }));
    trendTable(trend, monthly);
  }

  function trendTable(trend, monthly) {
    const head = ['Month', 'Supervision actions due', 'Closed on time', 'On-time %', 'Missed deadlines', 'Escalated cases open',
      'Probation due', 'Closed by due date %'];
    const rows = trend.map((m, i) => {
      const [s, c, p] = monthly[i];
      const missed = s.missedDeadlines;
      return [m.label, s.dueInPeriod, s.closedOnTime, shown(s.onTimeClosurePercent, '%'), missed, c.openCases,
        p ? p.dueInPeriod : 'no data', p ? shown(p.closedByDueDatePercent, '%') : 'no data'];
    });
    $('trend-table').innerHTML = '<table class="figures"><thead><tr>' + head.map(h => '<th scope="col">' + escape(h) + '</th>').join('')
      + '</tr></thead><tbody>' + rows.map(r => '<tr>' + r.map((v, i) => i === 0 ? '<th scope="row">' + escape(v) + '</th>'
        : '<td class="number">' + escape(v) + '</td>').join('') + '</tr>').join('') + '</tbody></table>';
  }

  // ---- evidence pack ----
  async function download(kind, forStaff) {
    const f = filters();
    const status = $('pack-status');
    const staffId = $('staff').value;
    if (forStaff && !staffId) {
      status.textContent = 'Choose a staff member first.';
      return;
    }
    const params = forStaff ? { staffId, ...($('staff-period').checked ? { from: f.from, to: f.to } : {}) }
      : { from: f.from, to: f.to, team: f.team };
    status.textContent = 'Preparing the ' + (kind === 'pdf' ? 'PDF' : 'spreadsheet') + '...';
    const started = performance.now();
    try {
      const response = await request('/api/reports/evidence-pack.' + kind + '?' + query(params), '*/*');
      const blob = await response.blob();
      const disposition = response.headers.get('Content-Disposition') || '';
      const name = (disposition.match(/filename="?([^";]+)"?/) || [])[1] || 'evidence-pack.' + kind;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
      status.textContent = 'Downloaded ' + name + ' (' + Math.ceil(blob.size / 1024) + ' KB in '
        + ((performance.now() - started) / 1000).toFixed(1) + ' s).';
    } catch (e) {
      status.innerHTML = refusal(e, PACK_FORBIDDEN);
    }
  }

  init();
})();
