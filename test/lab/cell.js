'use strict';
// Runs one cell (scenario × client × configuration) in its own process, so that blocking this event loop
// delays no other cell, and every server it started is stopped with it.
const { scenarioNamed } = require('./scenarios');
const { clientNamed } = require('./clients');
const { runRounds } = require('./rounds');
const { stopAll } = require('./servers');

async function runCell(job) {
  const scenario = scenarioNamed(job.scenarioId);
  const cell = scenario.cells[job.cellIndex];
  const client = clientNamed(cell.client);
  const serverSide = scenario.side === 'server';
  const target = await scenario.start(serverSide ? job.modulePath : undefined);
  try {
    const configured = serverSide ? client.create(cell.clientOptions) : require(job.modulePath);
    try {
      const run = await runRounds({ client, configured, target, rounds: job.rounds, wait: scenario.wait(job.closeMs) });
      return { ...run, configuredIdleMs: client.configuredIdleMs(configured), server: await target.stats() };
    } finally {
      client.close(configured);
    }
  } finally {
    await target.stop();
  }
}

// Never outlive the lab; exiting runs the supervisor's 'exit' handler, which stops this cell's servers.
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(1));
process.on('SIGINT', () => process.exit(1));
process.on('message', (message) => {
  if (message?.type === 'stop') {
    stopAll().finally(() => process.exit(1));
    return;
  }
  runCell(message)
    .then((result) => ({ type: 'result', result }), (error) => ({ type: 'error', message: error?.stack ?? String(error) }))
    .then(async (reply) => {
      await stopAll();
      process.send(reply, () => process.exit(0));
    });
});
