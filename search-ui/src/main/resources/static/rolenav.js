// Shows the header links marked data-roles="ROLE[,ROLE…]" to users holding one of those roles; the others never see
// them (the server refuses those pages to them anyway). <html data-role-links="shown"> marks that the check ran.
fetch('/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
  .then((response) => (response.ok ? response.json() : null))
  .then((me) => {
    const roles = me?.roles ?? [];
    for (const link of document.querySelectorAll('[data-roles]')) {
      link.hidden = !link.dataset.roles.split(',').some((role) => roles.includes(role.trim()));
    }
    document.documentElement.dataset.roleLinks = 'shown';
  })
  .catch(() => {});
