// Progressive enhancement of a GET filter form marked data-live-filter="ID": as one types, fetch the same page
// with the form's query and replace the element ID with the fetched one. Without script the form still submits.
document.querySelectorAll('form[data-live-filter]').forEach(function (form) {
  var target = form.getAttribute('data-live-filter');
  var timer = null;
  var latest = 0;
  form.querySelectorAll('input[type=search]').forEach(function (input) {
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var asked = ++latest;
        var url = form.action + '?' + new URLSearchParams(new FormData(form)).toString();
        fetch(url, { headers: { 'Accept': 'text/html' } }).then(function (response) {
          return response.ok ? response.text() : null;
        }).then(function (html) {
          if (html === null || asked !== latest) {
            return;
          }
          var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(target);
          var current = document.getElementById(target);
          if (fresh && current) {
            current.replaceWith(fresh);
            history.replaceState(null, '', url);
          }
        });
      }, 250);
    });
  });
});
