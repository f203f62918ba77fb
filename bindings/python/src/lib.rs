// Filled in by the binding work.
