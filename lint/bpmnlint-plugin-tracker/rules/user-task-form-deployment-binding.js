const fs = require('node:fs');
const path = require('node:path');

const { is, text } = require('./helper');

/** The ids of the Camunda Forms in a folder, read once per lint run. */
function formIds(formsDir) {
  if (!fs.existsSync(formsDir)) {
    throw new Error(`user-task-form-deployment-binding: forms folder ${formsDir} not found (rule option formsDir)`);
  }
  return new Set(fs.readdirSync(formsDir)
    .filter(file => file.endsWith('.form'))
    .map(file => {
      try {
        return JSON.parse(fs.readFileSync(path.join(formsDir, file), 'utf8')).id;
      } catch (error) {
        return null; // an unreadable form is reported by check-files.mjs
      }
    })
    .filter(Boolean));
}

/**
 * Every user task, and every start event that has a form, shows a Camunda Form from forms/ deployed with it:
 * camunda:formRef names the form's id and camunda:formRefBinding="deployment" (ADR 0001 item 1). Embedded or
 * generated forms (camunda:formKey, camunda:formData) are not used here. Option `formsDir`: the folder of the
 * .form files, relative to the working directory (default ../forms, as the lint runs in lint/).
 */
module.exports = function(config = {}) {
  const formsDir = path.resolve(config.formsDir || '../forms');
  let forms;

  function check(node, reporter) {
    const userTask = is(node, 'bpmn:UserTask');
    const formRef = text(node.get('camunda:formRef'));

    if (!userTask && !(is(node, 'bpmn:StartEvent') && (formRef || text(node.get('camunda:formKey'))))) {
      return;
    }

    const what = userTask ? 'User task' : 'Start event';

    if (text(node.get('camunda:formKey'))) {
      reporter.report(node.id, `${what} uses camunda:formKey: bind a Camunda Form from forms/ with camunda:formRef instead`, [ 'formKey' ]);
      return;
    }
    if (!formRef) {
      reporter.report(node.id, `${what} has no form: set camunda:formRef to the id of a form in forms/`, [ 'formRef' ]);
      return;
    }

    forms = forms || formIds(formsDir);

    if (!forms.has(formRef)) {
      reporter.report(node.id, `${what} refers to form "${formRef}", which is not the id of any form in ${formsDir}`, [ 'formRef' ]);
    }
    if (node.get('camunda:formRefBinding') !== 'deployment') {
      reporter.report(node.id, `${what} form binding is "${node.get('camunda:formRefBinding') || 'latest'}": use "deployment" so that ` +
        'running processes keep the form they were deployed with', [ 'formRefBinding' ]);
    }
  }

  return { check };
};
