//! Rebuilds the binary when the embedded default theme or built-in models change, files added
//! or removed included (they are embedded with `include_dir!`, which cannot see new files).

fn main() {
    println!("cargo:rerun-if-changed=themes/default");
    println!("cargo:rerun-if-changed=models");
    println!("cargo:rerun-if-changed=starters");
}
