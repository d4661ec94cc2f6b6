const { BEAN_REFERENCE, extensions, isCodeTask, kind, text } = require('./helper');

/**
 * Service, send and business rule tasks call a Spring bean named after the article step with
 * camunda:delegateExpression="${beanName}" (ADR 0001 item 2): no Java class names, method expressions, external
 * tasks or connectors, so that every task's code is a bean the application's tests load. A business rule task bound
 * to a decision with camunda:decisionRef is not application code and is left alone.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!isCodeTask(node)) {
      return;
    }

    const other = [ 'class', 'expression', 'type' ].filter(attribute => text(node.get('camunda:' + attribute)));
    if (extensions(node, 'camunda:Connector').length) {
      other.push('connector');
    }

    const delegateExpression = text(node.get('camunda:delegateExpression'));

    if (other.length) {
      reporter.report(node.id, `${kind(node)} is implemented by camunda:${other.join(', camunda:')}: ` +
        'use camunda:delegateExpression="${beanName}" only', [ 'delegateExpression' ]);
    } else if (!delegateExpression) {
      reporter.report(node.id, `${kind(node)} has no implementation: set camunda:delegateExpression="\${beanName}" ` +
        '(or apply one of the element templates)', [ 'delegateExpression' ]);
    } else if (!BEAN_REFERENCE.test(delegateExpression)) {
      reporter.report(node.id, `${kind(node)} delegate expression "${delegateExpression}" is not a plain bean reference like "\${recordClosureEvidence}"`,
        [ 'delegateExpression' ]);
    }
  }

  return { check };
};
