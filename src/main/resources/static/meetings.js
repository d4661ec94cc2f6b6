/* Meeting packs: /api/meetings with the Tasklist session; each pack shown here, or downloaded as JSON or PDF. */
'use strict';

(() => {
  const { api, escape, itemLink, refusal } = Tracker;
  const $ = id => document.getElementById(id);
  const FORBIDDEN = 'Meeting packs are for managers, quality leads, HR and senior leaders. Your role does not include them.';

  function query() {
    const params = new URLSearchParams();
    for (const name of ['date', 'team', 'manager']) {
      const value = $(name).value.trim();
      if (value) {
        params.set(name, value);
      }
    }
    const text = params.toString();
    return text ? '?' + text : '';
  }

  function notice(html) {
    $('notice').innerHTML = html;
    $('notice').hidden = !html;
  }

  function show(value) {
    if (value === null || value === undefined) {
      return '';
    }
    if (Array.isArray(value)) {
      return value.join(', ');
    }
    if (value === true || value === false) {
      return value ? 'yes' : 'no';
    }
    return String(value);
  }

  function label(column) {
    const words = column.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  async function openPack(meeting) {
    try {
      const pack = await api('/api/meetings/' + encodeURIComponent(meeting) + query());
      const parts = ['<h2>' + escape(pack.title) + ', ' + escape(pack.date) + '</h2>',
        '<p class="hint">Since the last meeting on ' + escape(pack.previousMeeting) + '; next on ' + escape(pack.nextMeeting) + '.</p>'];
      for (const section of pack.sections) {
        parts.push('<h3>' + escape(section.title) + ' (' + section.items.length + ')</h3>');
        if (!section.items.length) {
          parts.push('<p>None.</p>');
          continue;
        }
        parts.push('<table><thead><tr><th>Reference</th>' + section.columns.map(c => '<th>' + escape(label(c)) + '</th>').join('')
          + '</tr></thead><tbody>');
        for (const item of section.items) {
          parts.push('<tr><td>' + itemLink(item.key) + '</td>'
            + section.columns.map(c => '<td>' + escape(show(item[c])) + '</td>').join('') + '</tr>');
        }
        parts.push('</tbody></table>');
      }
      $('pack').innerHTML = parts.join('');
      $('pack').hidden = false;
      notice('');
    } catch (error) {
      notice(refusal(error, FORBIDDEN));
    }
  }

  function renderLinks() {
    for (const row of document.querySelectorAll('#meetings tbody tr')) {
      const meeting = row.dataset.meeting;
      const base = '/api/meetings/' + encodeURIComponent(meeting);
      row.querySelector('.json').href = base + query();
      row.querySelector('.pdf').href = base + '.pdf' + query();
    }
  }

  async function load() {
    try {
      const meetings = await api('/api/meetings');
      $('meetings').querySelector('tbody').innerHTML = meetings.map(m =>
        '<tr data-meeting="' + escape(m.meeting) + '"><td>' + escape(m.title) + '</td><td>' + escape(m.next) + '</td>'
        + '<td><button type="button" class="show">Show</button> <a class="pdf">PDF</a> <a class="json">JSON</a></td></tr>').join('');
      for (const button of document.querySelectorAll('#meetings .show')) {
        button.addEventListener('click', () => openPack(button.closest('tr').dataset.meeting));
      }
      renderLinks();
    } catch (error) {
      notice(refusal(error, FORBIDDEN));
    }
  }

  $('filters').addEventListener('input', renderLinks);
  load();
})();
