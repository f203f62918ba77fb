//! Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
//! The Rust lists generated from the API description, one module per kind.

pub mod enums;
pub mod errors;
pub mod methods;
pub mod model;
pub mod operations;
pub mod params;
pub mod rules;
