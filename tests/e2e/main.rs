//! End-to-end tests: the built `policybook` command on temporary handbooks.

mod core_cli;
mod crash;
mod diff;
mod export;
mod limits;
mod scripts;
mod search;
mod support;
mod translations;
mod word_import;
mod workflow;
