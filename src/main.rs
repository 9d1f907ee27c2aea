fn main() {
    if let Err(e) = lane::cmd::run(std::env::args_os()) {
        eprintln!("{e}");
        std::process::exit(e.code());
    }
}
