(function () {
  'use strict';
  document.documentElement.classList.remove('no-js');
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var byId = {};
  data.files.forEach(function (f, i) { f.order = i; byId[f.id] = f; });
  function $(sel, root) { return (root || document).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  var rule = $('#filter-rule'), severity = $('#filter-severity'), status = $('#filter-status'), search = $('#filter-q');
  var tbody = $('#files tbody'), shown = $('#shown-count'), noMatch = $('#no-match');

  function findingMatches(f, r, s) { return (!r || f[0] === r) && (!s || f[1] === s); }

  function apply() {
    var r = rule.value, s = severity.value, st = status.value, q = search.value.trim().toLowerCase();
    var n = 0;
    data.files.forEach(function (file) {
      var ok = (!st || file.status === st) && (!q || file.search.indexOf(q) !== -1);
      if (ok && (r || s)) ok = file.findings.some(function (f) { return findingMatches(f, r, s); });
      document.getElementById('row-' + file.id).hidden = !ok;
      var section = document.getElementById(file.id);
      section.hidden = !ok;
      $$('.finding', section).forEach(function (li, i) { li.hidden = !findingMatches(file.findings[i], r, s); });
      if (ok) n++;
    });
    shown.textContent = 'Showing ' + n + ' of ' + data.files.length + (data.files.length === 1 ? ' file' : ' files');
    noMatch.hidden = n !== 0;
    $$('.tile').forEach(function (t) { t.setAttribute('aria-pressed', String((t.getAttribute('data-status') || '') === st)); });
  }
  [rule, severity, status].forEach(function (el) { el.addEventListener('change', apply); });
  search.addEventListener('input', apply);
  $('#filter-reset').addEventListener('click', function () {
    rule.value = ''; severity.value = ''; status.value = ''; search.value = ''; apply();
  });
  $$('.tile').forEach(function (t) {
    t.addEventListener('click', function () {
      status.value = t.getAttribute('data-status') || '';
      apply();
      $('#schools').scrollIntoView({ block: 'start' });
    });
  });

  var RANK = { unreadable: 0, errors: 1, warnings: 2, clean: 3 };
  var collator = typeof Intl !== 'undefined' ? new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }) : null;
  function cmpText(a, b) { return collator ? collator.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0); }
  function compare(a, b, key) {
    switch (key) {
      case 'status': return RANK[a.status] - RANK[b.status];
      case 'errors': case 'warnings': case 'total': return a[key] - b[key];
      default: return cmpText(a[key], b[key]);
    }
  }
  $$('#files thead button[data-sort]').forEach(function (btn) {
    btn.addEventListener('click', function () {
      var th = btn.parentNode, key = btn.getAttribute('data-sort');
      var numeric = key === 'errors' || key === 'warnings' || key === 'total';
      var current = th.getAttribute('aria-sort');
      var dir = current === 'ascending' ? 'descending' : current === 'descending' ? 'ascending' : numeric ? 'descending' : 'ascending';
      $$('#files thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir);
      var sign = dir === 'ascending' ? 1 : -1;
      var rows = $$('tr[data-id]', tbody);
      rows.sort(function (x, y) {
        var a = byId[x.getAttribute('data-id')], b = byId[y.getAttribute('data-id')];
        return compare(a, b, key) * sign || a.order - b.order;
      });
      rows.forEach(function (row) { tbody.appendChild(row); });
      tbody.appendChild(noMatch);
    });
  });

  function say(btn, text) {
    var note = btn.parentNode.querySelector('.copy-status');
    note.textContent = text;
    clearTimeout(btn._t);
    btn._t = setTimeout(function () { note.textContent = ''; }, 4000);
  }
  function fallbackCopy(text) {
    var ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.className = 'offscreen';
    document.body.appendChild(ta);
    ta.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(ta);
    return ok;
  }
  function selectText(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }
  $$('button.copy').forEach(function (btn) {
    btn.addEventListener('click', function () {
      var id = btn.getAttribute('data-id'), text = byId[id].feedback;
      function done(ok) {
        if (ok) { say(btn, 'Copied: paste it into your email.'); return; }
        selectText(document.getElementById(id + '-text'));
        say(btn, 'Press Ctrl+C (or Cmd+C) to copy the selected text.');
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
      } else {
        done(fallbackCopy(text));
      }
    });
  });
  apply();
})();
