// House rules of the Supervision Action Tracker (docs/adr/0001-workflow-conventions.md); lint/README.md says why each exists.
const rules = [
  'modeler-execution-platform',
  'history-time-to-live',
  'user-task-assignment',
  'user-task-form-deployment-binding',
  'service-task-delegate-expression',
  'service-task-async-retry',
  'loop-aware-fake-join',
  'loop-aware-end-event-required'
];

module.exports = {
  configs: {
    all: {
      rules: Object.fromEntries(rules.map(rule => [ rule, 'error' ]))
    }
  },
  rules: Object.fromEntries(rules.map(rule => [ rule, `./rules/${rule}` ]))
};
