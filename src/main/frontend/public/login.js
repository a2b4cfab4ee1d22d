// The container sends a failed login back to /login.html?fout=1, and the login throttle sends a locked name back with
// ?fout=geblokkeerd&minuten=N (or ?fout=storing when the database cannot be reached): show the message and mark the
// fields.
document.addEventListener('DOMContentLoaded', function () {
  var params = new URLSearchParams(window.location.search);
  var fout = params.get('fout');
  if (fout === 'storing') {
    document.getElementById('login-unavailable').hidden = false;
    return;
  }
  if (fout !== '1' && fout !== 'geblokkeerd') return;
  var error = document.getElementById(fout === '1' ? 'login-error' : 'login-blocked');
  if (fout === 'geblokkeerd') {
    var minutes = parseInt(params.get('minuten') || '', 10);
    if (minutes > 0) document.getElementById('login-blocked-minutes').textContent = String(minutes);
  }
  error.hidden = false;
  ['j_username', 'j_password'].forEach(function (id) {
    var input = document.getElementById(id);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', error.id);
  });
  document.getElementById('j_username').focus();
});
