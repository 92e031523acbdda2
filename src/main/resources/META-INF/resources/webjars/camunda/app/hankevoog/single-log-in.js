// Hankevoog logs people in once, at /login, and Camunda's webapps take that user. The webapps' own log-in form
// would be a second door that no longer opens, so whoever reaches it (a session that ended, a log-out) is sent
// to Hankevoog's log-in, which brings them back here afterwards.
const toHankevoogLogIn = () => {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace('/login');
  }
};
window.addEventListener('hashchange', toHankevoogLogIn);
toHankevoogLogIn();
