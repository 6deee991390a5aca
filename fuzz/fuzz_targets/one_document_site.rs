//! Fuzz target: `charte::fuzzing::one_document_site` on any bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| charte::fuzzing::one_document_site(data));
