// Shared by the house rules and check-files.mjs. Elements are moddle objects read with the camunda extension.

const MODELER_NS = 'http://camunda.org/schema/modeler/1.0';

/** camunda:delegateExpression that names one Spring bean, "${recordClosureEvidence}"; group 1 is the bean. */
const BEAN_REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

/** camunda:historyTimeToLive in whole days, as the engine takes it: "2557" or "P2557D". */
const HISTORY_TIME_TO_LIVE = /^(\d+|P\d+D)$/;

function is(node, type) {
  return !!node && typeof node.$instanceOf === 'function' && node.$instanceOf(type);
}

function isAny(node, types) {
  return types.some(type => is(node, type));
}

function text(value) {
  return typeof value === 'string' ? value.trim() : '';
}

function extensions(node, type) {
  const extensionElements = node.extensionElements;
  return ((extensionElements && extensionElements.values) || []).filter(value => is(value, type));
}

function hasDocumentation(node) {
  return (node.documentation || []).some(documentation => text(documentation.text));
}

/**
 * A task whose work is done by application code: a service task, a send task, or a business rule task that is not
 * bound to a DMN decision with camunda:decisionRef (this project evaluates its rules in a delegate, ADR 0001 item 5).
 */
function isCodeTask(node) {
  if (isAny(node, [ 'bpmn:ServiceTask', 'bpmn:SendTask' ])) {
    return true;
  }
  return is(node, 'bpmn:BusinessRuleTask') && !text(node.get('camunda:decisionRef'));
}

function kind(node) {
  if (is(node, 'bpmn:SendTask')) {
    return 'Send task';
  }
  return is(node, 'bpmn:BusinessRuleTask') ? 'Business rule task' : 'Service task';
}

/** The value of a modeler:* attribute of a BPMN or DMN definitions element, whatever prefix the file gives it. */
function modelerAttribute(definitions, localName) {
  const attrs = definitions.$attrs || {};
  const declaration = Object.keys(attrs).find(key => key.startsWith('xmlns:') && attrs[key] === MODELER_NS);
  return declaration ? text(attrs[declaration.slice('xmlns:'.length) + ':' + localName]) : '';
}

module.exports = {
  BEAN_REFERENCE, HISTORY_TIME_TO_LIVE,
  is, isAny, text, extensions, hasDocumentation, isCodeTask, kind, modelerAttribute
};
