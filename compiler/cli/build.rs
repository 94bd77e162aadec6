//! Links the `kiln` binary as a position-dependent executable: a PIE of this size carries some 55,000
//! relative relocations that the dynamic loader applies (and pages it copies) on every start, about a
//! fifth of the start-up of `kiln run hello.cwasm` (benches/RESULTS.md, cold start).
fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
