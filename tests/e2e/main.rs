//! End-to-end tests: the built `policybook` command on temporary handbooks.

mod core_cli;
mod diff;
mod search;
mod support;
mod translations;
mod workflow;
