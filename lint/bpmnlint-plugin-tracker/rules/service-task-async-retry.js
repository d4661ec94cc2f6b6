const { extensions, hasDocumentation, is, isCodeTask, kind, text } = require('./helper');

const DURATION = 'P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?';
const RETRY_CYCLE = new RegExp(`^(R\\d+/${DURATION}|${DURATION}(,${DURATION})*)$`);

/**
 * Registers are written by asynchronous jobs that the engine retries (ADR 0001 item 2): every service task, and
 * every business rule task run by a delegate, has camunda:asyncBefore="true" and a failedJobRetryTimeCycle such as
 * R3/PT5M, so a failed write rolls back, waits and is tried again instead of failing the person's submission.
 *
 * Send tasks are this project's deliberately synchronous calls: a send task runs in the transaction of whoever
 * completed the task before it, so a refusal reaches that person's form (monthly-governance's
 * Task_StartImprovementAction starts a supervision action whose own checks must answer the Quality Lead). A send
 * task may therefore stay synchronous, but then its documentation must say why; made asynchronous, it needs a retry
 * cycle like any other job.
 */
module.exports = function() {

  function retryCycle(node) {
    return extensions(node, 'camunda:FailedJobRetryTimeCycle').map(cycle => text(cycle.body))[0];
  }

  function check(node, reporter) {
    if (!isCodeTask(node)) {
      return;
    }

    const async = node.get('camunda:asyncBefore') || node.get('camunda:async');

    if (!async) {
      if (!is(node, 'bpmn:SendTask')) {
        reporter.report(node.id, `${kind(node)} is not asynchronous: set camunda:asyncBefore="true" (Asynchronous continuations > Before)`,
          [ 'asyncBefore' ]);
      } else if (!hasDocumentation(node)) {
        reporter.report(node.id, 'Send task runs synchronously, in the previous task\'s transaction: say why in its documentation, ' +
          'or make it asynchronous with a retry cycle', [ 'documentation' ]);
      }
      return;
    }

    const cycle = retryCycle(node);
    if (!cycle) {
      reporter.report(node.id, `${kind(node)} has no retry cycle: set Job execution > Retry time cycle (camunda:failedJobRetryTimeCycle), e.g. R3/PT5M`,
        [ 'failedJobRetryTimeCycle' ]);
    } else if (!RETRY_CYCLE.test(cycle)) {
      reporter.report(node.id, `${kind(node)} retry cycle "${cycle}" is not like R3/PT5M or PT1M,PT10M,PT1H`,
        [ 'failedJobRetryTimeCycle' ]);
    }
  }

  return { check };
};
