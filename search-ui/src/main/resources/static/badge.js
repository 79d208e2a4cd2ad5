import { h } from './dom.js';
import { displayName } from './i18n.js';

/** A marker for classified material; unclassified dossiers get none, so a badge always means "careful". */
export function confidentialityBadge(level, serverName) {
  if (!level || level === 'UNCLASSIFIED') return null;
  const modifier = String(level).toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return h('span', { class: `badge badge-${modifier}` }, displayName('confidentiality', level, serverName));
}
