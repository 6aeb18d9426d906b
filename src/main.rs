use std::process::ExitCode;

fn main() -> ExitCode {
    boardpack::cli::main()
}
