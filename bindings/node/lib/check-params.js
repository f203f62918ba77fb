'use strict';

// Refuses, before anything is sent, a top-level parameter the API description
// does not list for the operation (a typo, or the camelCase spelling of a
// snake_case name). There is no escape hatch for unlisted parameters: a new
// API parameter is added to api/payment_intents.json and regenerated.

const PARAMS = require('./params.js');
const { fromNative } = require('./errors.js');

function snakeCase(name) {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Throws InvalidArgumentError naming the first key of `params` that `op` does not accept. */
function checkParamNames(op, params) {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return;
  const known = PARAMS[op];
  for (const key of Object.keys(params)) {
    if (known.includes(key)) continue;
    const snake = snakeCase(key);
    const hint = snake !== key && known.includes(snake) ? ` (parameters use the API's spelling: ${snake})` : '';
    throw fromNative({
      kind: 'invalid_argument_error',
      message: `${op} has no parameter ${key}${hint}`,
      param: key,
    });
  }
}

module.exports = { checkParamNames };
