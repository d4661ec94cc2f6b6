const { modelerAttribute, text } = require('./helper');

/**
 * The diagram says, as Camunda Modeler writes it, that it targets Camunda Platform 7.24: Modeler then offers the
 * 7.24 properties and checks, and deploys to the right engine. Option `version` (default 7.24.0).
 */
module.exports = function(config = {}) {
  const version = config.version || '7.24.0';

  function check(node, reporter) {
    if (node.$type !== 'bpmn:Definitions') {
      return;
    }
    if (!text(node.exporter) || !text(node.exporterVersion)) {
      reporter.report(node.id, 'Diagram has no exporter and exporterVersion: save it with Camunda Modeler', [ 'exporter' ]);
    }
    const platform = modelerAttribute(node, 'executionPlatform');
    if (platform !== 'Camunda Platform') {
      reporter.report(node.id, `modeler:executionPlatform is "${platform}", expected "Camunda Platform"`, [ 'executionPlatform' ]);
    }
    const platformVersion = modelerAttribute(node, 'executionPlatformVersion');
    if (platformVersion !== version) {
      reporter.report(node.id, `modeler:executionPlatformVersion is "${platformVersion}", expected "${version}"`, [ 'executionPlatformVersion' ]);
    }
  }

  return { check };
};
