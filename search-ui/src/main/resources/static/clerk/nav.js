// Shows the header's link to the clerk's workspace to clerks only; everyone else never sees it.
const link = document.getElementById('nav-clerk');
if (link) {
  fetch('/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((me) => {
      link.hidden = !me?.roles?.includes('CLERK');
    })
    .catch(() => {});
}
