//! End-to-end tests: the built `policybook` command on temporary handbooks.

mod acks;
mod core_cli;
mod crash;
mod diff;
mod export;
mod gitserve;
mod identities;
mod images;
mod limits;
mod pipes;
mod scripts;
mod search;
mod support;
mod sync;
mod translations;
mod word_import;
mod workflow;
