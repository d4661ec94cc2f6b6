// Tasklist as the Supervision Action Tracker: its own name, and the pickers and defaults of its forms.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Supervision Action Tracker'
  },
  customScripts: ['tracker/form-helpers', 'tracker/sso-link'],
  disableWelcomeMessage: true
};
