//! boardpack: run an Improvement Board meeting from a terminal.

pub mod action;
pub mod app;
pub mod cli;
pub mod deploy;
mod diagnostics;
pub mod export;
pub mod keymap;
pub mod locale;
pub mod model;
pub mod pack;
mod sanitize;
pub mod state;
pub mod store;
pub mod ui;
pub mod update;
