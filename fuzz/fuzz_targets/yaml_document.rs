//! Fuzz target: `charte::fuzzing::yaml_document` on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| charte::fuzzing::yaml_document(data));
