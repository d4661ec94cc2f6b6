// Pickers and defaults for the Supervision Action Tracker's forms in Tasklist.
//
// Camunda Forms in Tasklist 7.24 take their initial data from the task's variables and from a draft that Tasklist
// keeps in localStorage under "camunda-form:<taskId>" (start forms: "camunda-form:undefined"). Start forms have
// no variables, so this script primes that draft with the staff and manager lists (read from the application's
// own API with the Tasklist login) and with today's date and the logged-in manager, just before a form loads.
// Option lists are replaced each time; values the person already typed into a draft are kept.

const TODAY_FIELDS_OF_START_FORMS = ['supervisionDate', 'concernConfirmedDate', 'escalatedDate'];
const TODAY_FIELDS_OF_TASK_FORMS = ['dateChecked', 'acknowledgedOn'];

const lists = {};
let me = null;

function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function json(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
  return response.json();
}

function people(users) {
  return users.map((u) => ({ label: `${u.firstName || ''} ${u.lastName || ''} (${u.id})`.trim(), value: u.id }));
}

async function loadLists() {
  const usersIn = (group) => json(`/camunda/api/engine/engine/default/user?memberOfGroup=${group}&sortBy=lastName&sortOrder=asc`);
  const [auth, staff, lineManagers, deputies, mentors] = await Promise.all([
    json('/camunda/api/admin/auth/user/default'), json('/api/staff'),
    usersIn('line-managers'), usersIn('deputy-managers'), usersIn('mentors')]);
  me = auth.userId;
  lists.staffOptions = staff.map((s) => ({ label: `${s.name} (${s.staffId}, ${s.team})`, value: s.staffId }));
  lists.lineManagerOptions = people(lineManagers);
  lists.mentorOptions = people(mentors);
  lists.managerOptions = people(lineManagers.concat(deputies));
}

function prime(storageKey, defaults) {
  let draft = {};
  try {
    draft = JSON.parse(localStorage.getItem(storageKey) || '{}');
  } catch (e) {
    draft = {};
  }
  localStorage.setItem(storageKey, JSON.stringify(Object.assign({}, defaults, draft, lists)));
}

function primeForms() {
  if (!lists.staffOptions) {
    return;
  }
  const startDefaults = {};
  TODAY_FIELDS_OF_START_FORMS.forEach((field) => { startDefaults[field] = today(); });
  if (lists.lineManagerOptions.some((option) => option.value === me)) {
    startDefaults.managerResponsible = me;
  }
  prime('camunda-form:undefined', startDefaults);
  const task = /[?&]task=([0-9a-f-]+)/.exec(window.location.hash);
  if (task) {
    const taskDefaults = {};
    TODAY_FIELDS_OF_TASK_FORMS.forEach((field) => { taskDefaults[field] = today(); });
    prime(`camunda-form:${task[1]}`, taskDefaults);
  }
}

function linkToTheApplication() {
  const nav = document.querySelector('.sections-menu ul[cam-if-logged-in]');
  if (nav && !nav.querySelector('.tracker-app-link')) {
    const item = document.createElement('li');
    item.className = 'tracker-app-link';
    item.innerHTML = '<a href="/dashboard.html">Dashboard</a>';
    nav.insertBefore(item, nav.firstChild);
  }
}

let loading = null;

/** The lists are read once the person is logged in (asking before would only earn refusals). */
function whenLoggedIn() {
  if (document.querySelector('form[name=signinForm]') || !document.querySelector('.tasks-list, [cam-tasklist-navigation]')) {
    return;
  }
  if (!loading) {
    loading = loadLists().then(primeForms).catch(() => { loading = null; });
  }
  linkToTheApplication();
}

// forms load after a click (start process, choose a task) or a change of the address: prime just before
document.addEventListener('click', () => {
  whenLoggedIn();
  primeForms();
}, true);
window.addEventListener('hashchange', primeForms, true);
new MutationObserver(whenLoggedIn).observe(document.documentElement, { childList: true, subtree: true });
