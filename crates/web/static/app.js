// Workvoice progressive enhancement. Every page works without this file.
'use strict';
(function () {
  // Workplace suggestions: fill the <datalist> with <option>s rendered by the server.
  document.querySelectorAll('input[data-suggest][list]').forEach(function (input) {
    var timer = 0;
    var seq = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      seq++;
      var q = input.value;
      if (q.trim().length < 2) return;
      timer = setTimeout(function () {
        var list = input.list || document.getElementById(input.getAttribute('list'));
        if (!list || !window.fetch) return;
        var mine = ++seq;
        fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q), {
          credentials: 'same-origin',
          headers: { Accept: 'text/html' }
        }).then(function (r) {
          if (!r.ok || r.redirected) throw new Error(r.status);
          return r.text();
        }).then(function (html) {
          if (mine === seq) list.innerHTML = html;
        }).catch(function () {});
      }, 200);
    });
  });

  // On a phone the case page's sections fold under their headings: those marked
  // data-fold="closed" start folded, the rest open; the heading becomes the toggle.
  if (window.matchMedia && window.matchMedia('(max-width: 699px)').matches) {
    document.querySelectorAll('section[data-fold]').forEach(function (section) {
      var heading = section.firstElementChild;
      if (!heading || !/^H[23]$/.test(heading.tagName)) return;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'fold-toggle';
      while (heading.firstChild) button.appendChild(heading.firstChild);
      heading.appendChild(button);
      var set = function (open) {
        section.classList.toggle('folded', !open);
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
      };
      set(section.getAttribute('data-fold') !== 'closed');
      button.addEventListener('click', function () {
        set(section.classList.contains('folded'));
      });
    });
  }

  // Field forms keep a server-side draft: a few seconds after each change the fields are
  // posted to the form's draft address, so a dropped connection loses nothing typed.
  document.querySelectorAll('form[data-autosave]').forEach(function (form) {
    if (!window.fetch || !window.FormData || !window.URLSearchParams) return;
    var timer = 0;
    var save = function () {
      fetch(form.getAttribute('data-autosave'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(new FormData(form)).toString()
      }).catch(function () {});
    };
    var changed = function () {
      clearTimeout(timer);
      timer = setTimeout(save, 3000);
    };
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    form.addEventListener('submit', function () { clearTimeout(timer); });
  });

  // Life-safety script on the intake form.
  var category = document.getElementById('category');
  var script = document.getElementById('safety-script');
  if (category && script) {
    var urgency = document.getElementById('urgency');
    var update = function () {
      var o = category.selectedOptions ? category.selectedOptions[0] : category.options[category.selectedIndex];
      var life = !!(o && o.hasAttribute('data-life-safety'));
      script.hidden = !life;
      if (life && urgency && !urgency.value) urgency.value = 'life_safety';
    };
    category.addEventListener('change', update);
    update();
  }
})();
