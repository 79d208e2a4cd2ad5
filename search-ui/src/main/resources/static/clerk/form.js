import { h } from '../dom.js';
import { t } from '../i18n.js';

// The dossier form, for opening a dossier and for correcting one. It checks what the API checks (NewDossier and
// DossierCorrection) before sending, and shows the server's RFC 9457 problems beside the fields they name.

export const CATEGORIES = [
  'MARTYR', 'WAR_INVALID', 'SICK_SOLDIER', 'HEROIC_MOTHER', 'AGENT_ORANGE', 'RESISTANCE_PARTICIPANT',
  'REVOLUTION_HELPER', 'REVOLUTIONARY_BEFORE_1945', 'REVOLUTIONARY_1945', 'ARMED_FORCES_HERO', 'LABOUR_HERO',
  'CAPTURED_AND_IMPRISONED',
];
export const LEVELS = ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET'];

const CODE = /^[A-Z0-9][A-Z0-9-]{2,39}$/;

// name: the API's field path; id: the element's id (stable hooks for tests).
const FIELDS = [
  { name: 'code', id: 'f-code', kind: 'text', createOnly: true, hint: 'clerk.form.codeHint' },
  { name: 'title', id: 'f-title', kind: 'text', max: 500 },
  { name: 'category', id: 'f-category', kind: 'select', options: CATEGORIES, prefix: 'clerk.category' },
  { name: 'confidentiality', id: 'f-confidentiality', kind: 'select', options: LEVELS, prefix: 'clerk.level' },
  { name: 'subject.fullName', id: 'f-fullName', kind: 'text', max: 200 },
  { name: 'subject.birthYear', id: 'f-birthYear', kind: 'number', optional: true },
  { name: 'subject.hometown', id: 'f-hometown', kind: 'text', max: 500, optional: true, wide: true },
  { name: 'subject.citizenId', id: 'f-citizenId', kind: 'text', optional: true, hint: 'clerk.form.citizenIdHint' },
];

/**
 * A form element. mode 'create' asks for the code; 'correct' edits dossier (the API's view of it) and sends the
 * fields it does not show back unchanged, because a correction replaces the whole description.
 * onSubmit(body) resolves to the server's answer ({ status, problem }); problems are then shown per field.
 */
export function dossierForm({ mode, dossier = null, clearance, onSubmit }) {
  const fields = FIELDS.filter((field) => mode === 'create' || !field.createOnly);
  const form = h('form', { id: mode === 'create' ? 'create-form' : 'correct-form', class: 'dossier-form', novalidate: true });
  const summary = h('p', { class: 'message error form-summary', role: 'alert', tabindex: '-1', hidden: true });
  const grid = h('div', { class: 'form-grid' }, ...fields.map((field) => fieldRow(field, dossier, clearance)));
  const submit = h('button', { type: 'submit', class: 'button primary', id: `${form.id}-submit` },
    t(mode === 'create' ? 'clerk.form.create' : 'clerk.form.save'));
  form.append(summary, grid, h('div', { class: 'form-actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = read(form, fields);
    const errors = check(values, fields);
    show(form, summary, errors);
    if (Object.keys(errors).length) return;
    submit.disabled = true;
    const answer = await onSubmit(body(values, mode, dossier));
    submit.disabled = false;
    if (answer && answer.status >= 400) show(form, summary, serverErrors(answer), answer);
  });
  return form;
}

function fieldRow(field, dossier, clearance) {
  const value = dossier ? valueAt(dossier, field.name) : null;
  const label = h('label', { for: field.id }, t(`clerk.field.${field.name}`),
    field.optional ? h('span', { class: 'optional' }, ` ${t('clerk.form.optional')}`) : null);
  const errorId = `${field.id}-error`;
  const hintId = field.hint ? `${field.id}-hint` : null;
  const common = { id: field.id, name: field.name, 'aria-describedby': [hintId, errorId].filter(Boolean).join(' '),
    required: !field.optional };
  let input;
  if (field.kind === 'select') {
    const allowed = field.name === 'confidentiality' ? LEVELS.slice(0, LEVELS.indexOf(clearance) + 1) : field.options;
    input = h('select', common, h('option', { value: '' }, t('clerk.form.choose')),
      ...allowed.map((option) => h('option', { value: option, selected: option === value }, t(`${field.prefix}.${option}`))));
  } else {
    input = h('input', { ...common, type: field.kind === 'number' ? 'number' : 'text', value: value ?? '',
      inputmode: field.kind === 'number' ? 'numeric' : null, maxlength: field.max ?? null,
      autocapitalize: field.name === 'code' ? 'characters' : null, spellcheck: field.name === 'code' ? 'false' : null });
  }
  return h('div', { class: `field${field.wide ? ' wide' : ''}`, dataset: { field: field.name } }, label, input,
    hintId ? h('small', { id: hintId, class: 'hint' }, t(field.hint)) : null,
    h('small', { id: errorId, class: 'field-error', hidden: true }));
}

function read(form, fields) {
  const values = {};
  for (const field of fields) values[field.name] = form.elements[field.name].value.normalize('NFC').trim();
  return values;
}

/** The API's rules, as messages per field name. */
function check(values, fields) {
  const errors = {};
  for (const field of fields) {
    const value = values[field.name];
    if (!value) {
      if (!field.optional) errors[field.name] = t('clerk.form.required');
    } else if (field.max && value.length > field.max) {
      errors[field.name] = t('clerk.form.tooLong', { max: field.max });
    }
  }
  if (values.code && !CODE.test(values.code)) errors.code = t('clerk.form.codeRule');
  const year = values['subject.birthYear'];
  if (year && !(/^\d{4}$/.test(year) && Number(year) >= 1800 && Number(year) <= 2100)) {
    errors['subject.birthYear'] = t('clerk.form.yearRule');
  }
  const id = values['subject.citizenId'];
  if (id && !/^\d{12}$/.test(id)) errors['subject.citizenId'] = t('clerk.form.citizenIdRule');
  return errors;
}

function serverErrors(answer) {
  const problem = answer.problem ?? {};
  const type = String(problem.type ?? '');
  if (type.endsWith(':dossier-exists')) return { code: t('clerk.form.codeTaken') };
  if (type.endsWith(':access-denied')) return { confidentiality: t('clerk.form.aboveClearance') };
  if (type.endsWith(':version-conflict')) return { '': t('clerk.form.versionConflict') };
  const errors = {};
  const details = String(problem.detail ?? '').split('; ');
  for (const field of problem.fields ?? []) {
    const said = details.find((part) => part.startsWith(`${field}: `));
    errors[field] = said ? `${t('clerk.form.serverSays')} ${said.slice(field.length + 2)}` : t('clerk.form.invalid');
  }
  if (!Object.keys(errors).length) errors[''] = problem.detail || t('error.load', { status: answer.status });
  return errors;
}

/** Marks each field's error (aria-invalid, message) and focuses the first; errors[''] is for the whole form. */
function show(form, summary, errors) {
  let first = null;
  for (const row of form.querySelectorAll('.field')) {
    const message = errors[row.dataset.field];
    const input = row.querySelector('input, select');
    const slot = row.querySelector('.field-error');
    slot.textContent = message ?? '';
    slot.hidden = !message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    if (message && !first) first = input;
  }
  const unplaced = Object.entries(errors).filter(([name]) => !form.querySelector(`.field[data-field="${name}"]`));
  summary.textContent = unplaced.map(([, message]) => message).join(' ')
    || (first ? t('clerk.form.fix', { n: Object.keys(errors).length }) : '');
  summary.hidden = !summary.textContent;
  if (first) first.focus();
  else if (!summary.hidden) summary.focus();
}

function body(values, mode, dossier) {
  const old = dossier?.subject ?? {};
  const subject = {
    fullName: values['subject.fullName'],
    otherNames: old.otherNames ?? [],
    gender: old.gender ?? null,
    birthYear: values['subject.birthYear'] ? Number(values['subject.birthYear']) : null,
    birthDate: old.birthDate ?? null,
    hometown: values['subject.hometown'] || null,
    residence: old.residence ?? null,
    citizenId: values['subject.citizenId'] || null,
    oldId: old.oldId ?? null,
  };
  const description = { title: values.title, category: values.category, confidentiality: values.confidentiality, subject };
  if (mode === 'create') return { code: values.code, ...description };
  return { version: dossier.version, ...description, legacyCodes: dossier.legacyCodes ?? [],
    decisions: dossier.decisions ?? [], documents: dossier.documents ?? [], location: dossier.location ?? null };
}

function valueAt(object, path) {
  return path.split('.').reduce((value, key) => (value == null ? null : value[key]), object);
}
