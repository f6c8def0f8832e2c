//! The factdrill binary: parse arguments, hand them to the library.

use clap::Parser;

fn main() -> std::process::ExitCode {
    factdrill::cli::main(factdrill::cli::Opts::parse())
}
