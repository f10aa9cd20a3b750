(function () {
  'use strict';
  var table = document.getElementById('journeys');
  if (table) {
    var body = table.tBodies[0];
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, column) {
      var button = th.querySelector('button');
      if (!button) { return; }
      button.addEventListener('click', function () {
        var descending = th.getAttribute('aria-sort') === 'ascending';
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var numeric = th.classList.contains('num');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute('data-sort') || '';
          var y = b.cells[column].getAttribute('data-sort') || '';
          var order = numeric ? (parseFloat(x || '-1') - parseFloat(y || '-1')) : x.localeCompare(y);
          return descending ? -order : order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
    var selects = document.querySelectorAll('.filters select');
    var filter = function () {
      Array.prototype.forEach.call(body.rows, function (row) {
        var shown = Array.prototype.every.call(selects, function (select) {
          var wanted = select.value;
          var values = (row.getAttribute('data-' + select.name) || '').split(' ');
          return wanted === '' || values.indexOf(wanted) !== -1;
        });
        row.hidden = !shown;
      });
    };
    Array.prototype.forEach.call(selects, function (select) { select.addEventListener('change', filter); });
  }
  var data = document.getElementById('search-data');
  var query = new URLSearchParams(window.location.search).get('q');
  if (data && query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    var entries = JSON.parse(data.textContent);
    var found = entries.filter(function (entry) {
      var text = (entry.t + ' ' + entry.c).toLowerCase();
      return words.every(function (word) { return text.indexOf(word) !== -1; });
    }).slice(0, 200);
    var section = document.getElementById('search-results');
    section.hidden = false;
    section.querySelector('.query').textContent = query;
    document.querySelectorAll('.site-search input').forEach(function (input) { input.value = query; });
    var list = section.querySelector('ul');
    found.forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = entry.h;
      link.textContent = entry.t;
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = entry.k + (entry.c ? ' · ' + entry.c : '');
      item.appendChild(link);
      item.appendChild(kind);
      list.appendChild(item);
    });
    section.querySelector('.none').hidden = found.length > 0;
  }
})();
