//! End-to-end tests: the built `policybook` command on temporary handbooks.

mod core_cli;
mod search;
mod support;
mod workflow;
