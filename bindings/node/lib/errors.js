'use strict';

// The error classes: the base class (error-base.js) and one subclass per kind
// (error-classes.js, generated from the API description). This file only
// picks the subclass that matches a native error's `kind`.

const { PayIntentError } = require('./error-base.js');
const { BY_KIND, ...classes } = require('./error-classes.js');

/** Build the matching subclass from a native error object. */
function fromNative(native) {
  const kind = native && native.kind;
  const Cls = (typeof kind === 'string' && Object.hasOwn(BY_KIND, kind) && BY_KIND[kind]) || PayIntentError;
  return new Cls(native);
}

module.exports = {
  PayIntentError,
  ...classes,
  fromNative,
};
