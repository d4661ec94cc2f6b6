const { is, isAny } = require('./helper');

/**
 * bpmnlint's fake-join, allowing a loop to come back into the task or event that starts it.
 *
 * A task or event with several incoming flows starts once per token, it never waits for the others: two forward
 * paths meeting there are a mistake (a parallel gateway joins them). This project's recurring work (the weekly
 * overdue review, the monitoring entries, the fortnightly verifications) is modelled as loops back into the first
 * task of the cycle. Those flows can never carry tokens at the same time as the flow that entered the cycle, so they
 * are reported only when two or more incoming flows come from outside the loop.
 */
module.exports = function() {

  function boundaryEvents(node) {
    return ((node.$parent && node.$parent.flowElements) || [])
      .filter(element => is(element, 'bpmn:BoundaryEvent') && element.attachedToRef === node);
  }

  /** Whether target can be reached from start along sequence flows (and the boundary events of the activities passed). */
  function reachable(start, target) {
    const seen = new Set();
    const queue = [ start ];
    while (queue.length) {
      const node = queue.shift();
      const next = (node.outgoing || []).map(flow => flow.targetRef).concat(boundaryEvents(node));
      for (const element of next) {
        if (element === target) {
          return true;
        }
        if (element && !seen.has(element)) {
          seen.add(element);
          queue.push(element);
        }
      }
    }
    return false;
  }

  function check(node, reporter) {
    if (!isAny(node, [ 'bpmn:Activity', 'bpmn:Event' ]) || (node.incoming || []).length < 2) {
      return;
    }
    const fromOutsideLoop = node.incoming.filter(flow => !(flow.sourceRef === node || reachable(node, flow.sourceRef)));
    if (fromOutsideLoop.length > 1) {
      reporter.report(node.id, 'Incoming flows do not join: ' + fromOutsideLoop.map(flow => flow.id).join(', ') +
        ' come from outside a loop; join them with a gateway');
    }
  }

  return { check };
};
