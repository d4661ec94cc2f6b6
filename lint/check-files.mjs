// Checks what bpmnlint does not see: the Camunda Forms, the DMN tables and the element templates, and how they fit
// the processes and the application's Java beans. Run from lint/ (npm run lint); exits 1 on any problem.
// Each check is explained in lint/README.md.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { BpmnModdle } from 'bpmn-moddle';
import { DmnModdle } from 'dmn-moddle';
import { validateAll } from '@bpmn-io/element-templates-validator';

const require = createRequire(import.meta.url);
const camundaBpmn = require('camunda-bpmn-moddle/resources/camunda.json');
const camundaDmn = require('camunda-dmn-moddle/resources/camunda.json');
const { BEAN_REFERENCE, HISTORY_TIME_TO_LIVE, modelerAttribute } = require('./bpmnlint-plugin-tracker/rules/helper.js');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLATFORM = 'Camunda Platform';
const PLATFORM_VERSION = '7.24.0';
// The newest form-js schema that the form viewer of the 7.24 Tasklist renders; a newer Modeler may write a newer one.
const MAX_FORM_SCHEMA_VERSION = 16;

const problems = [];

function report(file, id, message) {
  problems.push({ file: path.relative(process.cwd(), file), id: id || '', message });
}

function filesIn(folder, extension) {
  const dir = path.join(ROOT, folder);
  return fs.readdirSync(dir).filter(file => file.endsWith(extension)).sort().map(file => path.join(dir, file));
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    report(file, '', `not valid JSON: ${error.message}`);
    return null;
  }
}

function checkForms() {
  const files = filesIn('forms', '.form');
  const ids = new Map();
  for (const file of files) {
    const form = readJson(file);
    if (!form) {
      continue;
    }
    const expectedId = path.basename(file, '.form');
    if (form.id !== expectedId) {
      report(file, form.id, `form id is "${form.id}": name the file after its id (${form.id}.form) or the id after the file (${expectedId})`);
    }
    if (ids.has(form.id)) {
      report(file, form.id, `form id "${form.id}" is also the id of ${path.basename(ids.get(form.id))}`);
    }
    ids.set(form.id, file);
    if (form.executionPlatform !== PLATFORM) {
      report(file, form.id, `executionPlatform is "${form.executionPlatform}", expected "${PLATFORM}"`);
    }
    if (form.executionPlatformVersion !== PLATFORM_VERSION) {
      report(file, form.id, `executionPlatformVersion is "${form.executionPlatformVersion}", expected "${PLATFORM_VERSION}"`);
    }
    if (!Number.isInteger(form.schemaVersion)) {
      report(file, form.id, 'has no schemaVersion');
    } else if (form.schemaVersion > MAX_FORM_SCHEMA_VERSION) {
      report(file, form.id, `schemaVersion ${form.schemaVersion} is newer than the ${MAX_FORM_SCHEMA_VERSION} that Tasklist 7.24 renders`);
    }
    if (!form.exporter || !form.exporter.name || !form.exporter.version) {
      report(file, form.id, 'has no exporter: save it with Camunda Modeler');
    }
    if (!Array.isArray(form.components)) {
      report(file, form.id, 'has no components');
    }
  }
  return files.length;
}

async function checkDecisions() {
  const moddle = new DmnModdle({ camunda: camundaDmn });
  const files = filesIn('processes', '.dmn');
  const ids = new Map();
  for (const file of files) {
    let definitions;
    try {
      const result = await moddle.fromXML(fs.readFileSync(file, 'utf8'), 'dmn:Definitions');
      definitions = result.rootElement;
      result.warnings.forEach(warning => report(file, warning.element && warning.element.id, warning.message.split('\n')[0]));
    } catch (error) {
      report(file, '', `not a DMN file: ${error.message.split('\n')[0]}`);
      continue;
    }
    if (!definitions.exporter || !definitions.exporterVersion) {
      report(file, definitions.id, 'has no exporter and exporterVersion: save it with Camunda Modeler');
    }
    const platform = modelerAttribute(definitions, 'executionPlatform');
    if (platform !== PLATFORM) {
      report(file, definitions.id, `modeler:executionPlatform is "${platform}", expected "${PLATFORM}"`);
    }
    const version = modelerAttribute(definitions, 'executionPlatformVersion');
    if (version !== PLATFORM_VERSION) {
      report(file, definitions.id, `modeler:executionPlatformVersion is "${version}", expected "${PLATFORM_VERSION}"`);
    }
    for (const decision of (definitions.drgElement || []).filter(element => element.$instanceOf('dmn:Decision'))) {
      const ttl = decision.get('camunda:historyTimeToLive');
      if (ttl === undefined || ttl === null || ttl === '') {
        report(file, decision.id, 'decision has no history time to live (camunda:historyTimeToLive)');
      } else if (!HISTORY_TIME_TO_LIVE.test(String(ttl).trim())) {
        report(file, decision.id, `history time to live "${ttl}" is not a number of days ("2557" or "P2557D")`);
      }
      if (ids.has(decision.id)) {
        report(file, decision.id, `decision id "${decision.id}" is also used in ${path.basename(ids.get(decision.id))}`);
      }
      ids.set(decision.id, file);
    }
  }
  return files.length;
}

/** Spring beans of the application: classes annotated @Component and @Bean methods, named as Spring names them. */
function springBeans() {
  const beans = new Set();
  const walk = dir => fs.readdirSync(dir, { withFileTypes: true }).forEach(entry => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(file);
    } else if (entry.name.endsWith('.java')) {
      const source = fs.readFileSync(file, 'utf8');
      // a component class (steps are package-private, ADR 0001) ...
      const match = /@Component(?:\(\s*(?:value\s*=\s*)?"([^"]+)"\s*\))?\s+(?:@\w+(?:\([^)]*\))?\s+)*(?:public\s+)?(?:final\s+)?class\s+(\w+)/.exec(source);
      if (match) {
        beans.add(match[1] || match[2].charAt(0).toLowerCase() + match[2].slice(1));
      }
      // ... or a @Bean method of a workflow's configuration (its recorders and form checks), named as the method
      for (const bean of source.matchAll(/@Bean(?:\(\s*(?:name\s*=\s*|value\s*=\s*)?"([^"]+)"\s*\))?\s+(?:public\s+|protected\s+)?(?:static\s+)?[\w.<>?, ]+?\s+(\w+)\s*\(/g)) {
        beans.add(bean[1] || bean[2]);
      }
    }
  });
  walk(path.join(ROOT, 'src/main/java'));
  return beans;
}

/** The beans called by the service tasks of the processes, with where each is used. */
async function serviceTaskBeans() {
  const moddle = new BpmnModdle({ camunda: camundaBpmn });
  const beans = new Map();
  for (const file of filesIn('processes', '.bpmn')) {
    const { rootElement } = await moddle.fromXML(fs.readFileSync(file, 'utf8'));
    const visit = element => {
      (element.flowElements || []).forEach(child => {
        const match = child.$instanceOf('bpmn:ServiceTask') && BEAN_REFERENCE.exec(child.get('camunda:delegateExpression') || '');
        if (match && !beans.has(match[1])) {
          beans.set(match[1], `${path.basename(file)} ${child.id}`);
        }
        visit(child);
      });
    };
    rootElement.rootElements.forEach(visit);
  }
  return beans;
}

function hiddenValue(template, bindingName) {
  const property = template.properties.find(p => p.binding.type === 'property' && p.binding.name === bindingName);
  return property && property.type === 'Hidden' ? property.value : undefined;
}

async function checkElementTemplates() {
  const files = filesIn('element-templates', '.json');
  const beans = springBeans();
  const templated = new Set();
  const ids = new Map();
  for (const file of files) {
    const json = readJson(file);
    if (!json) {
      continue;
    }
    const templates = Array.isArray(json) ? json : [ json ];
    const { valid, results } = validateAll(templates);
    if (!valid) {
      results.filter(result => !result.valid).forEach(result => result.errors.forEach(error =>
        report(file, result.object.id, `against the element template schema: ${error.instancePath || '/'} ${error.message}`)));
      continue;
    }
    for (const template of templates) {
      if (ids.has(template.id)) {
        report(file, template.id, `template id "${template.id}" is also used in ${path.basename(ids.get(template.id))}`);
      }
      ids.set(template.id, file);
      if (template.$schema !== 'https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json') {
        report(file, template.id, 'is not a Camunda 7 element template ($schema)');
      }
      const match = BEAN_REFERENCE.exec(hiddenValue(template, 'camunda:delegateExpression') || '');
      if (!match) {
        report(file, template.id, 'does not set camunda:delegateExpression to a bean reference in a Hidden property');
      } else if (!beans.has(match[1])) {
        report(file, template.id, `calls bean "${match[1]}", which is no @Component or @Bean in src/main/java`);
      } else {
        templated.add(match[1]);
      }
      if (hiddenValue(template, 'camunda:asyncBefore') !== true) {
        report(file, template.id, 'does not make the task asynchronous (Hidden camunda:asyncBefore = true)');
      }
    }
  }
  for (const [ bean, usedBy ] of await serviceTaskBeans()) {
    if (!templated.has(bean)) {
      report(path.join(ROOT, 'element-templates'), bean, `no element template calls "\${${bean}}", used by the service task ${usedBy}`);
    }
  }
  return ids.size;
}

async function main() {
  const forms = checkForms();
  const decisions = await checkDecisions();
  const templates = await checkElementTemplates();

  const byFile = new Map();
  problems.forEach(problem => byFile.set(problem.file, (byFile.get(problem.file) || []).concat(problem)));
  for (const [ file, fileProblems ] of byFile) {
    console.log(`\n${file}`);
    fileProblems.forEach(({ id, message }) => console.log(`  ${id.padEnd(32)}  error  ${message}`));
  }
  if (problems.length) {
    console.log(`\n✖ ${problems.length} problem${problems.length === 1 ? '' : 's'} in forms, DMN files or element templates`);
    process.exitCode = 1;
  } else {
    console.log(`✔ ${forms} forms, ${decisions} DMN files and ${templates} element templates checked`);
  }
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
