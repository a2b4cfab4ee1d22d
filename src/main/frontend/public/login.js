// The container sends a failed login back to /login.html?fout=1: show the message and mark the fields.
document.addEventListener('DOMContentLoaded', function () {
  if (new URLSearchParams(window.location.search).get('fout') !== '1') return;
  var error = document.getElementById('login-error');
  error.hidden = false;
  ['j_username', 'j_password'].forEach(function (id) {
    var input = document.getElementById(id);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'login-error');
  });
  document.getElementById('j_username').focus();
});
