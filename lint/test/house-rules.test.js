// Each house rule passes this project's way of modelling and fails a broken one. Run with npm test in lint/.
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');

const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const { BpmnModdle } = require('bpmn-moddle');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');

const FORMS = path.resolve(__dirname, '../../forms');

function diagram(processContent, { definitions = 'exporter="Camunda Modeler" exporterVersion="5.40.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0"', process = 'camunda:historyTimeToLive="P2557D"' } = {}) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
    xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" ${definitions}>
  <bpmn:process id="Process_1" isExecutable="true" ${process}>${processContent}</bpmn:process>
</bpmn:definitions>`;
}

/** The messages one house rule reports for a diagram, by element id. */
async function lint(rule, xml, options) {
  const { rootElement, warnings } = await new BpmnModdle({ camunda }).fromXML(xml);
  assert.deepStrictEqual(warnings, []);
  const linter = new Linter({ resolver: new NodeResolver() });
  const results = await linter.lint(rootElement, { rules: { [`tracker/${rule}`]: options ? [ 'error', options ] : 'error' } });
  return (results[`tracker/${rule}`] || []).map(({ id, message }) => `${id}: ${message}`);
}

const RECORD = '<bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>';

test('modeler-execution-platform wants the Camunda Modeler attributes for 7.24', async () => {
  assert.deepStrictEqual(await lint('modeler-execution-platform', diagram('')), []);
  assert.deepStrictEqual(await lint('modeler-execution-platform', diagram('', { definitions: 'modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0"' })), [
    'Definitions_1: Diagram has no exporter and exporterVersion: save it with Camunda Modeler',
    'Definitions_1: modeler:executionPlatform is "Camunda Cloud", expected "Camunda Platform"',
    'Definitions_1: modeler:executionPlatformVersion is "8.6.0", expected "7.24.0"'
  ]);
});

test('history-time-to-live wants a number of days on every process', async () => {
  assert.deepStrictEqual(await lint('history-time-to-live', diagram('', { process: 'camunda:historyTimeToLive="180"' })), []);
  assert.deepStrictEqual(await lint('history-time-to-live', diagram('', { process: '' })),
    [ 'Process_1: Process has no history time to live (camunda:historyTimeToLive)' ]);
  assert.deepStrictEqual(await lint('history-time-to-live', diagram('', { process: 'camunda:historyTimeToLive="P7Y"' })),
    [ 'Process_1: History time to live "P7Y" is not a number of days ("2557" or "P2557D")' ]);
});

test('user-task-assignment wants candidate groups or an assignee', async () => {
  assert.deepStrictEqual(await lint('user-task-assignment', diagram(`
    <bpmn:userTask id="Task_Groups" camunda:candidateGroups="deputy-managers" />
    <bpmn:userTask id="Task_Assignee" camunda:assignee="\${managerResponsible}" />`)), []);
  assert.deepStrictEqual(await lint('user-task-assignment', diagram('<bpmn:userTask id="Task_Nobody" camunda:candidateUsers="mentor" />')),
    [ 'Task_Nobody: User task has neither candidate groups nor an assignee: nobody would see it in Tasklist' ]);
});

test('user-task-form-deployment-binding wants a form from forms/ bound to the deployment', async () => {
  const options = { formsDir: FORMS };
  assert.deepStrictEqual(await lint('user-task-form-deployment-binding', diagram(`
    <bpmn:startEvent id="Start" camunda:formRef="supervision-action-start" camunda:formRefBinding="deployment" />
    <bpmn:startEvent id="Timer" />
    <bpmn:userTask id="Task_Ok" camunda:formRef="deputy-verification" camunda:formRefBinding="deployment" />`), options), []);
  assert.deepStrictEqual(await lint('user-task-form-deployment-binding', diagram(`
    <bpmn:startEvent id="Start" camunda:formKey="embedded:app:forms/start.html" />
    <bpmn:userTask id="Task_NoForm" />
    <bpmn:userTask id="Task_Latest" camunda:formRef="deputy-verification" />
    <bpmn:userTask id="Task_Unknown" camunda:formRef="deputy-verificaton" camunda:formRefBinding="deployment" />`), options), [
    'Start: Start event uses camunda:formKey: bind a Camunda Form from forms/ with camunda:formRef instead',
    'Task_NoForm: User task has no form: set camunda:formRef to the id of a form in forms/',
    'Task_Latest: User task form binding is "latest": use "deployment" so that running processes keep the form they were deployed with',
    `Task_Unknown: User task refers to form "deputy-verificaton", which is not the id of any form in ${FORMS}`
  ]);
});

test('service-task-delegate-expression wants a plain bean reference', async () => {
  assert.deepStrictEqual(await lint('service-task-delegate-expression', diagram(`
    <bpmn:serviceTask id="Task_Bean" camunda:delegateExpression="\${recordClosureEvidence}" />
    <bpmn:businessRuleTask id="Task_Rules" camunda:delegateExpression="\${applyEscalationRules}" />
    <bpmn:businessRuleTask id="Task_Dmn" camunda:decisionRef="supervision-escalation" camunda:mapDecisionResult="singleEntry" camunda:resultVariable="x" />
    <bpmn:sendTask id="Task_Send" camunda:delegateExpression="\${startImprovementAction}" />`)), []);
  assert.deepStrictEqual(await lint('service-task-delegate-expression', diagram(`
    <bpmn:serviceTask id="Task_Class" camunda:class="uk.care.tracker.supervision.RecordClosureEvidence" />
    <bpmn:serviceTask id="Task_External" camunda:type="external" camunda:topic="closure" />
    <bpmn:serviceTask id="Task_Method" camunda:delegateExpression="\${registers.append(execution)}" />
    <bpmn:businessRuleTask id="Task_Nothing" />`)), [
    'Task_Class: Service task is implemented by camunda:class: use camunda:delegateExpression="${beanName}" only',
    'Task_External: Service task is implemented by camunda:type: use camunda:delegateExpression="${beanName}" only',
    'Task_Method: Service task delegate expression "${registers.append(execution)}" is not a plain bean reference like "${recordClosureEvidence}"',
    'Task_Nothing: Business rule task has no implementation: set camunda:delegateExpression="${beanName}" (or apply one of the element templates)'
  ]);
});

test('service-task-async-retry wants asynchronous tasks with a retry cycle, and a reason for a synchronous send task', async () => {
  assert.deepStrictEqual(await lint('service-task-async-retry', diagram(`
    <bpmn:serviceTask id="Task_Record" camunda:asyncBefore="true" camunda:delegateExpression="\${recordClosureEvidence}">${RECORD}</bpmn:serviceTask>
    <bpmn:businessRuleTask id="Task_Rules" camunda:asyncBefore="true" camunda:delegateExpression="\${applyEscalationRules}">
      <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>PT1M,PT10M,PT1H</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
    </bpmn:businessRuleTask>
    <bpmn:sendTask id="Task_Send" camunda:delegateExpression="\${startImprovementAction}">
      <bpmn:documentation>Runs in the Quality Lead's submission so that its checks answer the form.</bpmn:documentation>
    </bpmn:sendTask>`)), []);
  assert.deepStrictEqual(await lint('service-task-async-retry', diagram(`
    <bpmn:serviceTask id="Task_Sync" camunda:delegateExpression="\${recordClosureEvidence}">${RECORD}</bpmn:serviceTask>
    <bpmn:serviceTask id="Task_NoRetry" camunda:asyncBefore="true" camunda:delegateExpression="\${recordClosureEvidence}" />
    <bpmn:businessRuleTask id="Task_BadRetry" camunda:asyncBefore="true" camunda:delegateExpression="\${applyEscalationRules}">
      <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>3 times</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
    </bpmn:businessRuleTask>
    <bpmn:sendTask id="Task_SendSilently" camunda:delegateExpression="\${startImprovementAction}" />
    <bpmn:sendTask id="Task_SendAsync" camunda:asyncBefore="true" camunda:delegateExpression="\${startImprovementAction}" />`)), [
    'Task_Sync: Service task is not asynchronous: set camunda:asyncBefore="true" (Asynchronous continuations > Before)',
    'Task_NoRetry: Service task has no retry cycle: set Job execution > Retry time cycle (camunda:failedJobRetryTimeCycle), e.g. R3/PT5M',
    'Task_BadRetry: Business rule task retry cycle "3 times" is not like R3/PT5M or PT1M,PT10M,PT1H',
    'Task_SendSilently: Send task runs synchronously, in the previous task\'s transaction: say why in its documentation, or make it asynchronous with a retry cycle',
    'Task_SendAsync: Send task has no retry cycle: set Job execution > Retry time cycle (camunda:failedJobRetryTimeCycle), e.g. R3/PT5M'
  ]);
});

test('loop-aware-fake-join lets a loop re-enter its first task but not two forward paths meet there', async () => {
  const loop = `
    <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="Review" camunda:candidateGroups="g"><bpmn:incoming>F1</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:userTask>
    <bpmn:intermediateCatchEvent id="NextWeek"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Review" />
    <bpmn:sequenceFlow id="F2" sourceRef="Review" targetRef="NextWeek" />
    <bpmn:sequenceFlow id="F3" sourceRef="NextWeek" targetRef="Review" />`;
  assert.deepStrictEqual(await lint('loop-aware-fake-join', diagram(loop)), []);
  assert.deepStrictEqual(await lint('loop-aware-fake-join', diagram(`
    <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:parallelGateway id="Fork"><bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing><bpmn:outgoing>F3</bpmn:outgoing></bpmn:parallelGateway>
    <bpmn:userTask id="Review" camunda:candidateGroups="g"><bpmn:incoming>F2</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming></bpmn:userTask>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Fork" />
    <bpmn:sequenceFlow id="F2" sourceRef="Fork" targetRef="Review" />
    <bpmn:sequenceFlow id="F3" sourceRef="Fork" targetRef="Review" />`)),
  [ 'Review: Incoming flows do not join: F2, F3 come from outside a loop; join them with a gateway' ]);
});

test('loop-aware-end-event-required excuses only a non-interrupting review loop', async () => {
  const eventSubProcess = (interrupting, loopBack) => diagram(`
    <bpmn:startEvent id="Start"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>
    <bpmn:endEvent id="End"><bpmn:incoming>F0</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="F0" sourceRef="Start" targetRef="End" />
    <bpmn:subProcess id="Overdue" triggeredByEvent="true">
      <bpmn:startEvent id="Due" isInterrupting="${interrupting}"><bpmn:outgoing>F1</bpmn:outgoing><bpmn:timerEventDefinition /></bpmn:startEvent>
      <bpmn:userTask id="Review" camunda:candidateGroups="g"><bpmn:incoming>F1</bpmn:incoming>${loopBack ? '<bpmn:incoming>F3</bpmn:incoming>' : ''}<bpmn:outgoing>F2</bpmn:outgoing></bpmn:userTask>
      <bpmn:intermediateCatchEvent id="NextWeek"><bpmn:incoming>F2</bpmn:incoming>${loopBack ? '<bpmn:outgoing>F3</bpmn:outgoing>' : ''}<bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>
      <bpmn:sequenceFlow id="F1" sourceRef="Due" targetRef="Review" />
      <bpmn:sequenceFlow id="F2" sourceRef="Review" targetRef="NextWeek" />
      ${loopBack ? '<bpmn:sequenceFlow id="F3" sourceRef="NextWeek" targetRef="Review" />' : ''}
    </bpmn:subProcess>`);
  assert.deepStrictEqual(await lint('loop-aware-end-event-required', eventSubProcess(false, true)), []);
  assert.deepStrictEqual(await lint('loop-aware-end-event-required', eventSubProcess(true, true)), [ 'Overdue: Sub process is missing end event' ]);
  assert.deepStrictEqual(await lint('loop-aware-end-event-required', eventSubProcess(false, false)), [ 'Overdue: Sub process is missing end event' ]);
  assert.deepStrictEqual(await lint('loop-aware-end-event-required', diagram('<bpmn:startEvent id="Start" />')), [ 'Process_1: Process is missing end event' ]);
});
