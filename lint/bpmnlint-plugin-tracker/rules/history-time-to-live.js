const { HISTORY_TIME_TO_LIVE, is, text } = require('./helper');

/**
 * Every process says how long its history is kept (the engine refuses a process without it since 7.20, and this
 * project chooses retention per process rather than by an engine default): whole days, as "2557" or "P2557D".
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:Process')) {
      return;
    }
    const ttl = text(node.get('camunda:historyTimeToLive'));
    if (!ttl) {
      reporter.report(node.id, 'Process has no history time to live (camunda:historyTimeToLive)', [ 'historyTimeToLive' ]);
    } else if (!HISTORY_TIME_TO_LIVE.test(ttl)) {
      reporter.report(node.id, `History time to live "${ttl}" is not a number of days ("2557" or "P2557D")`, [ 'historyTimeToLive' ]);
    }
  }

  return { check };
};
