const { is, isAny } = require('./helper');

/**
 * bpmnlint's end-event-required, except for a review loop: a non-interrupting event sub-process in which every
 * element leads on, so that it repeats until its enclosing scope ends (the weekly overdue review runs until the
 * action is closed, whose terminate end event cancels it). Such a loop has no end by design; an element in it
 * without an outgoing flow is still reported by no-implicit-end, and an interrupting one is still reported here,
 * as it would have cancelled the work that could end it.
 */
module.exports = function() {

  function isReviewLoop(node) {
    const elements = node.flowElements || [];
    const nodes = elements.filter(element => isAny(element, [ 'bpmn:FlowNode' ]));
    const start = nodes.filter(element => is(element, 'bpmn:StartEvent'));
    return node.triggeredByEvent
      && start.length === 1 && start[0].isInterrupting === false
      && nodes.every(element => (element.outgoing || []).length > 0);
  }

  function check(node, reporter) {
    if (!isAny(node, [ 'bpmn:Process', 'bpmn:SubProcess' ]) || is(node, 'bpmn:AdHocSubProcess')) {
      return;
    }
    if ((node.flowElements || []).some(element => is(element, 'bpmn:EndEvent')) || isReviewLoop(node)) {
      return;
    }
    reporter.report(node.id, (is(node, 'bpmn:SubProcess') ? 'Sub process' : 'Process') + ' is missing end event');
  }

  return { check };
};
