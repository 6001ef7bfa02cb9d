'use strict';
// One line per speed or memory goal, in a form `bench/run-all.js` reads back from each benchmark's output:
//   goal met: <what the goal asks> — <what was measured>
//   goal NOT met: <what the goal asks> — <what was measured>

const GOAL_LINE = /^goal (met|NOT met): (.+?) — (.+)$/;

/** Prints the verdict on one goal. */
function reportGoal(goal, measured, met) {
  console.log(`goal ${met ? 'met' : 'NOT met'}: ${goal} — ${measured}`);
}

/** The goal a line of benchmark output states, or null. */
function parseGoal(line) {
  const match = GOAL_LINE.exec(line);
  return match ? { met: match[1] === 'met', goal: match[2], measured: match[3] } : null;
}

module.exports = { reportGoal, parseGoal };
