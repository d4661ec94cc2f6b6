// Single sign-on links (ADR 0009). When the application has single sign-on on, /sso/status answers with where the
// login starts; then the sign-in forms of Tasklist, Cockpit and Admin, and the start page, offer "Sign in with your
// organisation's account" beside the password form, and the start page a sign-out that also ends the session at
// the identity provider. Without single sign-on /sso/status answers {"enabled":false} and nothing changes.
(function () {
  const SIGN_IN_TEXT = "Sign in with your organisation's account";

  function signInLink(login) {
    const paragraph = document.createElement('p');
    paragraph.className = 'tracker-sso';
    const link = document.createElement('a');
    link.className = 'btn btn-primary';
    link.href = login;
    link.textContent = SIGN_IN_TEXT;
    paragraph.appendChild(link);
    return paragraph;
  }

  function offerBesideThePasswordForm(status) {
    const form = document.querySelector('form[name=signinForm]');
    if (form && !form.parentNode.querySelector('.tracker-sso')) {
      form.parentNode.insertBefore(signInLink(status.login), form);
    }
  }

  function offerOnTheStartPage(status) {
    const nav = document.querySelector('header nav');
    if (!nav || document.querySelector('.tracker-sso')) {
      return;
    }
    const link = signInLink(status.login);
    link.querySelector('a').className = '';
    nav.appendChild(link.firstChild);
    // fetch, then go: the page's Content-Security-Policy (form-action 'self') would stop a form redirected off-site
    const signOut = document.createElement('button');
    signOut.type = 'button';
    signOut.className = 'tracker-sso tracker-sso-signout';
    signOut.textContent = 'Sign out of your organisation\'s account';
    signOut.addEventListener('click', () => {
      fetch(status.logout, { method: 'POST', credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } })
        .then((response) => response.json())
        .then((answer) => { window.location.href = answer.location; })
        .catch(() => { window.location.href = '/'; });
    });
    nav.appendChild(signOut);
  }

  fetch('/sso/status', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((status) => {
      if (!status || !status.enabled) {
        return;
      }
      if (!window.location.pathname.startsWith('/camunda/')) {
        offerOnTheStartPage(status);
        return;
      }
      // the webapps draw their sign-in form late, and again after a logout
      offerBesideThePasswordForm(status);
      new MutationObserver(() => offerBesideThePasswordForm(status))
        .observe(document.documentElement, { childList: true, subtree: true });
    })
    .catch(() => { /* no single sign-on link; the password form still works */ });
})();
