//! boardpack: run an Improvement Board meeting from a terminal.

pub mod cli;
pub mod model;
pub mod pack;
pub mod sanitize;
pub mod summary;
