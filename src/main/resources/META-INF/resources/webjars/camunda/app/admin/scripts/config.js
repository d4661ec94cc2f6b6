// Admin carries the product's name, not the vendor's.
export default {
  app: {
    name: 'Admin',
    vendor: 'Supervision Action Tracker'
  },
  customScripts: ['tracker/sso-link'],
  disableWelcomeMessage: true
};
