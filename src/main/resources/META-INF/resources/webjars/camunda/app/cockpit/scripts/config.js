// Cockpit carries the product's name, not the vendor's.
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Supervision Action Tracker'
  },
  disableWelcomeMessage: true
};
