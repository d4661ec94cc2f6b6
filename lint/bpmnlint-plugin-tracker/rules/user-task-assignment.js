const { is, text } = require('./helper');

/** Every user task reaches somebody in Tasklist: candidate groups, an assignee, or both (ADR 0001 item 1). */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    if (!text(node.get('camunda:candidateGroups')) && !text(node.get('camunda:assignee'))) {
      reporter.report(node.id, 'User task has neither candidate groups nor an assignee: nobody would see it in Tasklist',
        [ 'candidateGroups' ]);
    }
  }

  return { check };
};
