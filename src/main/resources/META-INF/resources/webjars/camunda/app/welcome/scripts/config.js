// Welcome carries the product's name, not the vendor's.
export default {
  app: {
    name: 'Welcome',
    vendor: 'Supervision Action Tracker'
  },
  disableWelcomeMessage: true
};
