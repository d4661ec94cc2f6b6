// Cockpit carries the product's name, not the vendor's.
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Supervision Action Tracker'
  },
  customScripts: ['tracker/sso-link'],
  disableWelcomeMessage: true
};
