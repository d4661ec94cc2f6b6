/* One tracked item (GET /api/actions/{businessKey}) shown readably: who, when, reviews, escalations, evidence. */
'use strict';

(async () => {
  const { api, escape, refusal } = Tracker;
  const key = new URLSearchParams(location.search).get('key') || '';
  const $ = id => document.getElementById(id);
  const WORKFLOWS = { 'supervision-action': 'Supervision action', 'escalated-case': 'Escalated case', 'probation-action': 'Probation action' };
  const time = at => at ? new Date(at).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' }) : '';
  const row = (label, value) => '<tr><th scope="row">' + escape(label) + '</th><td>' + value + '</td></tr>';
  const table = (caption, head, rows) => rows.length === 0 ? '<h3>' + escape(caption) + '</h3><p>None.</p>'
    : '<table class="figures"><caption>' + escape(caption) + '</caption><thead><tr>' + head.map(h => '<th scope="col">' + escape(h) + '</th>').join('')
      + '</tr></thead><tbody>' + rows.map(r => '<tr>' + r.map(v => '<td>' + escape(v) + '</td>').join('') + '</tr>').join('') + '</tbody></table>';

  $('json').href = '/api/actions/' + encodeURIComponent(key);
  $('json').textContent = '/api/actions/' + key;
  let item;
  try {
    item = await api('/api/actions/' + encodeURIComponent(key));
  } catch (e) {
    $('item').innerHTML = '';
    $('notice').innerHTML = e.status === 404 ? 'There is no tracked item ' + escape(key) + ' that you can see.'
      : refusal(e, 'You may not see this item.');
    $('notice').hidden = false;
    return;
  }
  const member = (await api('/api/staff').catch(() => [])).find(m => m.staffId === item.staffId);
  document.title = item.businessKey + ' - Supervision Action Tracker';
  $('title').textContent = item.businessKey + ': ' + (WORKFLOWS[item.workflow] || item.workflow);
  const e = item.closureEvidence;
  const evidence = !e ? 'None yet: the item is not closed.'
    : '<strong>' + escape(e.type) + '</strong>: ' + escape(e.description) + '<br>Recorded ' + escape(time(e.recordedAt)) + ' by '
      + escape(e.recordedBy) + (e.attachment ? '<br>Attachment <a href="/api/evidence/' + encodeURIComponent(e.attachment.evidenceId)
        + '/content">' + escape(e.attachment.fileName) + '</a>, reference <code>' + escape(e.attachment.evidenceId)
        + '</code><br>SHA-256 <code>' + escape(e.attachment.sha256) + '</code>' : '');
  $('item').innerHTML = '<section><table class="details"><tbody>'
    + row('Status', '<span class="status status-' + escape(item.status).toLowerCase() + '">' + escape(item.status) + '</span>')
    + row('Staff member', member ? escape(member.name + ' (' + item.staffId + '), ' + member.team) : escape(item.staffId))
    + row('Description', escape(item.description))
    + row('Category', escape(item.category))
    + row('Owner', escape(item.owner))
    + row('Entered', escape(item.openedOn) + ' by ' + escape(item.openedBy))
    + row('Deadline', escape(item.deadline))
    + row('Closed', item.closedOn ? escape(item.closedOn) : 'open')
    + row('Closure evidence', evidence)
    + '</tbody></table></section><section>'
    + table('Reviews', ['When', 'Who', 'What', 'Summary'], item.reviews.map(r => [time(r.at), r.by, r.kind, r.summary]))
    + '</section><section>'
    + table('Escalations', ['When', 'Stage', 'Reason'], item.escalations.map(x => [time(x.at), x.stage, x.reason]))
    + '</section>';
})();
