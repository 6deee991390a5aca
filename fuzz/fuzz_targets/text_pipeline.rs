//! Fuzz target: `charte::fuzzing::text_pipeline` on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| charte::fuzzing::text_pipeline(data));
