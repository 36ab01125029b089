//! End-to-end tests: the built `policybook` command on temporary handbooks.

mod core_cli;
mod crash;
mod diff;
mod edges;
mod export;
mod limits;
mod search;
mod support;
mod translations;
mod workflow;
