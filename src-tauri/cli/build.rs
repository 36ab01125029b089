include!("../build_commit.rs");

fn main() {
    set_commit_env();
}
