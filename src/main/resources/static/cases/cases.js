/*
 * Shared by the 接诉即办 pages: API calls with the session's CSRF token, problems shown on forms, the
 * category picker (search by name over /api/v1/categories) and a small Leaflet map drawn from the org
 * GeoJSON layers (no tile server).
 */
window.zhiliCases = (function () {
  'use strict';

  const call = zhili.call;
  const text = zhili.text;

  /** A random key per form load: a retried or doubled submit never creates a second record. */
  function idempotencyKey(prefix) {
    const random = window.crypto && crypto.randomUUID ? crypto.randomUUID()
      : Date.now().toString(36) + Math.random().toString(36).slice(2);
    return prefix + '-' + random;
  }

  function clearProblems(form) {
    form.querySelectorAll('.is-invalid').forEach(i => i.classList.remove('is-invalid'));
    form.querySelectorAll('.invalid-feedback[data-field]').forEach(f => { f.textContent = ''; f.classList.remove('d-block'); });
    form.querySelectorAll('.action-problem').forEach(p => { p.classList.add('d-none'); p.textContent = ''; });
  }

  /**
   * Shows a problem answer on a form: each field error under its field, the detail (with what a 409 or
   * 403 means for the person) in the form's problem box.
   */
  function showProblem(form, result, explain) {
    const problem = typeof result.body === 'object' && result.body ? result.body : { detail: String(result.body || result.status) };
    (problem.errors || []).forEach(e => {
      const feedback = form.querySelector('.invalid-feedback[data-field="' + fieldOf(e.field) + '"]');
      if (feedback) {
        feedback.textContent = e.message;
        feedback.classList.add('d-block');
        const input = feedback.parentElement.querySelector('input:not([type=hidden]), select, textarea');
        if (input) {
          input.classList.add('is-invalid');
        }
      }
    });
    const box = form.querySelector('.action-problem');
    if (box) {
      const hint = explain ? explain(result.status, problem) : '';
      box.innerHTML = text(problem.detail || problem.title || result.status) + (hint ? '<br><small>' + text(hint) + '</small>' : '');
      box.classList.remove('d-none');
    }
  }

  /** The form field of an API field: requester.phone → requesterPhone, location.lng → lng. */
  function fieldOf(name) {
    return name.replace(/^requester\.(\w)/, (m, c) => 'requester' + c.toUpperCase()).replace(/^location\./, '');
  }

  /** Registers a case; the same key for a retried submit returns the first answer instead of a second case. */
  function createCase(url, body, key) {
    return call('POST', url, body, { 'Idempotency-Key': key });
  }

  // ---- category picker ------------------------------------------------------------------------------

  let categoriesPromise = null;
  function categories(api) {
    if (!categoriesPromise) {
      categoriesPromise = call('GET', api).then(r => r.ok ? r.body.filter(c => c.active) : []);
    }
    return categoriesPromise;
  }

  /** Turns a .category-picker into a combobox: type part of a name, arrows and Enter choose. */
  function picker(el) {
    const input = el.querySelector('.picker-input');
    const value = el.querySelector('.picker-value');
    const list = el.querySelector('.picker-list');
    const none = el.dataset.none;
    let items = [];
    let active = -1;

    function close() {
      list.classList.add('d-none');
      input.setAttribute('aria-expanded', 'false');
      active = -1;
    }

    function choose(item) {
      value.value = item ? item.code : '';
      input.value = item ? item.fullName : '';
      input.dataset.chosen = input.value;
      close();
      el.dispatchEvent(new CustomEvent('category-chosen', { detail: item, bubbles: true }));
    }

    function render() {
      list.innerHTML = '';
      items.forEach((item, i) => {
        const a = document.createElement('button');
        a.type = 'button';
        a.className = 'list-group-item list-group-item-action py-1 small' + (i === active ? ' active' : '');
        a.setAttribute('role', 'option');
        a.textContent = item ? item.fullName : none;
        a.addEventListener('mousedown', e => { e.preventDefault(); choose(item); });
        list.appendChild(a);
      });
      list.classList.toggle('d-none', items.length === 0);
      input.setAttribute('aria-expanded', items.length ? 'true' : 'false');
    }

    async function search() {
      const all = await categories(el.dataset.api);
      const words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      if (input.value !== input.dataset.chosen) {
        value.value = '';
      }
      const found = words.length === 0 ? all.filter(c => c.level === 1)
        : all.filter(c => words.every(w => c.fullName.toLowerCase().includes(w) || c.code.toLowerCase() === w))
          // The most specific first: a leaf matching the words is what an operator looks for.
          .sort((a, b) => b.level - a.level || a.code.localeCompare(b.code));
      items = [null].concat(found.slice(0, 12));
      active = found.length ? 1 : 0;
      render();
    }

    input.addEventListener('input', search);
    input.addEventListener('focus', search);
    input.addEventListener('blur', () => setTimeout(close, 150));
    input.addEventListener('keydown', e => {
      if (list.classList.contains('d-none')) {
        return;
      }
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
        render();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        choose(items[Math.max(active, 0)]);
      } else if (e.key === 'Escape') {
        close();
      }
    });
    if (input.value) {
      input.dataset.chosen = input.value;
    }
  }

  // ---- map ------------------------------------------------------------------------------------------

  const looks = {
    DISTRICT: { color: '#212529', weight: 2, fill: false },
    STREET: { color: '#d63384', weight: 1.5, fillOpacity: 0.03 },
    COMMUNITY: { color: '#0d6efd', weight: 1, fillOpacity: 0.03 },
    GRID: { color: '#6c757d', weight: 0.5, fillOpacity: 0.01 }
  };

  /**
   * A small map of the org layers (district, streets, communities; grids of one community on demand).
   * options.onClick(latlng) makes clicks set a point.
   */
  function map(el, options) {
    const api = el.dataset.api;
    const m = L.map(el, { attributionControl: false, zoomSnap: 0.5, preferCanvas: true, minZoom: 11, maxZoom: 19 });
    const layers = {};
    ['DISTRICT', 'STREET', 'COMMUNITY', 'GRID'].forEach(level => {
      layers[level] = L.geoJSON(null, {
        style: () => looks[level], interactive: false
      }).addTo(m);
    });
    let marker = null;
    function geojson(params) {
      return call('GET', api + '/geojson?' + new URLSearchParams(params)).then(r => r.ok ? r.body : { type: 'FeatureCollection', features: [] });
    }
    const ready = Promise.all(['DISTRICT', 'STREET', 'COMMUNITY'].map(level => geojson({ level: level })))
      .then(([d, s, c]) => {
        layers.DISTRICT.addData(d);
        layers.STREET.addData(s);
        layers.COMMUNITY.addData(c);
        const scope = c.features.length && c.features.length <= 5 ? layers.COMMUNITY
          : (s.features.length ? layers.STREET : layers.DISTRICT);
        if (scope.getLayers().length) {
          m.fitBounds(scope.getBounds());
        } else {
          m.setView([39.12, 117.15], 13);
        }
        el.dataset.ready = 'true';
      });
    let gridsOf = null;
    function showGrids(community) {
      if (!community || community === gridsOf) {
        return;
      }
      gridsOf = community;
      geojson({ level: 'GRID', parent: community }).then(g => {
        layers.GRID.clearLayers();
        layers.GRID.addData(g);
      });
    }
    function setPoint(lat, lng, zoom) {
      const at = L.latLng(lat, lng);
      if (marker) {
        marker.setLatLng(at);
      } else {
        marker = L.circleMarker(at, { radius: 7, color: '#dc3545', fillOpacity: 0.85 }).addTo(m);
      }
      if (zoom) {
        m.setView(at, 16, { animate: false });
      } else if (!m.getBounds().contains(at)) {
        m.panTo(at);
      }
    }
    if (options && options.onClick) {
      el.classList.add('picking');
      m.on('click', e => options.onClick(e.latlng));
    }
    return { map: m, ready: ready, setPoint: setPoint, showGrids: showGrids };
  }

  document.addEventListener('DOMContentLoaded', () => document.querySelectorAll('.category-picker').forEach(picker));

  return { call: call, createCase: createCase, text: text, idempotencyKey: idempotencyKey, clearProblems: clearProblems, showProblem: showProblem,
    picker: picker, map: map };
})();
