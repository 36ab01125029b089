//! `policybook generate man|bash|zsh|fish`: the manual pages and the shell completions, made from the
//! command line's own definition so that they cannot drift from it. The package installs them.

use clap::CommandFactory;
use std::io::Write;
use std::path::Path;

/// What `generate` writes.
#[derive(clap::ValueEnum, Debug, Clone, Copy)]
pub enum Generated {
    /// The manual pages (roff): `policybook.1` and one page per command (`policybook-export.1`…).
    Man,
    /// Completions for bash.
    Bash,
    /// Completions for zsh.
    Zsh,
    /// Completions for fish.
    Fish,
}

/// Writes `what` for the command line: the manual pages into `dir` (without it, the main page to
/// `out`), a completion script to `out`.
pub fn write(what: Generated, dir: Option<&Path>, out: &mut dyn Write) -> std::io::Result<()> {
    let mut cmd = crate::Cli::command();
    let name = cmd.get_name().to_owned();
    let shell = match what {
        Generated::Man => {
            return match dir {
                Some(dir) => clap_mangen::generate_to(cmd, dir),
                None => clap_mangen::Man::new(cmd).render(out),
            }
        }
        Generated::Bash => clap_complete::Shell::Bash,
        Generated::Zsh => clap_complete::Shell::Zsh,
        Generated::Fish => clap_complete::Shell::Fish,
    };
    clap_complete::generate(shell, &mut cmd, name, out);
    Ok(())
}
