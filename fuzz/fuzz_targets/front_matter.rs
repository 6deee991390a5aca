//! Fuzz target: `charte::fuzzing::front_matter` on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| charte::fuzzing::front_matter(data));
