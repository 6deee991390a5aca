//! The fast way to read YAML: serde values straight from the parser's events, with their
//! positions, without building a tree of nodes first.
//!
//! It reads a file exactly as the tree reader of [`super::parse`] does, or gives up without a
//! word on anything the tree reader would refuse or read in a way of its own (a top level that
//! is not a mapping, a field given twice, anchors, aliases, tags, a value of the wrong shape…).
//! The caller then reads the file again with the tree reader, which says what is wrong.
//!
//! What the tree reader does, and this one too: every scalar is text, whatever its quotes;
//! `true`/`false` (or `True`, `TRUE`…) and numbers are read from that text when a field asks for
//! them; an empty scalar stands for an empty mapping or list; a field that is present is never
//! `None`, whatever it holds.

use std::fmt;
use std::hash::BuildHasher;

use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::Marker;

use crate::source as spanned;

/// The fast reader gave up: the tree reader has the last word.
#[derive(Debug)]
pub(super) struct GiveUp;

impl fmt::Display for GiveUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("read again with the tree reader")
    }
}

impl std::error::Error for GiveUp {}

impl de::Error for GiveUp {
    fn custom<T: fmt::Display>(_: T) -> GiveUp {
        GiveUp
    }
}

/// Reads `yaml` (one document whose top level is a mapping) into `T`.
pub(super) fn from_str<T: DeserializeOwned>(yaml: &str) -> Result<T, GiveUp> {
    let mut reader = Reader { parser: Parser::new_from_str(yaml), pending: None };
    if !matches!(reader.next()?.0, Event::StreamStart) || !matches!(reader.next()?.0, Event::DocumentStart) {
        return Err(GiveUp);
    }
    let (event, mark) = reader.next()?;
    if !matches!(event, Event::MappingStart(..)) {
        return Err(GiveUp);
    }
    reader.pending = Some((event, mark));
    let value = T::deserialize(&mut reader)?;
    match (reader.next()?.0, reader.next()?.0) {
        (Event::DocumentEnd, Event::StreamEnd) => Ok(value),
        _ => Err(GiveUp),
    }
}

/// How deep charte lets YAML values nest: far more than any document needs, far less than what
/// would exhaust the stack of the tree reader.
pub(super) const MAX_DEPTH: usize = 64;

/// What the tree reader must not be given, found by walking the parser's events (which keeps
/// its own stack on the heap).
pub(super) enum Shape {
    /// Values nested deeper than [`MAX_DEPTH`], from this line and column.
    TooDeep((usize, usize)),
    /// A second document starts here.
    SecondDocument((usize, usize)),
}

/// The first thing of [`Shape`] in `yaml`, if the parser reads that far.
pub(super) fn shape(yaml: &str) -> Option<Shape> {
    let mut parser = Parser::new_from_str(yaml);
    let mut depth = 0usize;
    let mut documents = 0;
    loop {
        let (event, mark) = parser.next_token().ok()?;
        let at = (mark.line(), mark.col() + 1);
        match event {
            Event::DocumentStart => {
                documents += 1;
                if documents == 2 {
                    return Some(Shape::SecondDocument(at));
                }
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(Shape::TooDeep(at));
                }
            }
            Event::MappingEnd | Event::SequenceEnd => depth = depth.saturating_sub(1),
            Event::StreamEnd => return None,
            _ => {}
        }
    }
}

struct Reader<'a> {
    parser: Parser<std::str::Chars<'a>>,
    /// An event taken but not yet used: the start of the next value.
    pending: Option<(Event, Marker)>,
}

/// The start of a value, once anchors, aliases and tags are ruled out.
enum Start {
    Scalar(String),
    Mapping,
    Sequence,
}

impl Reader<'_> {
    fn next(&mut self) -> Result<(Event, Marker), GiveUp> {
        match self.pending.take() {
            Some(pending) => Ok(pending),
            None => self.parser.next_token().map_err(|_| GiveUp),
        }
    }

    /// Takes the first event of the next value.
    fn start(&mut self) -> Result<Start, GiveUp> {
        match self.next()?.0 {
            Event::Scalar(text, _, 0, None) => Ok(Start::Scalar(text)),
            Event::MappingStart(0, None) => Ok(Start::Mapping),
            Event::SequenceStart(0, None) => Ok(Start::Sequence),
            _ => Err(GiveUp),
        }
    }

    /// Reads the value that `start` opens as what it is.
    fn visit<'de, V: Visitor<'de>>(&mut self, start: Start, visitor: V) -> Result<V::Value, GiveUp> {
        match start {
            Start::Scalar(text) => visitor.visit_string(text),
            Start::Mapping => self.visit_mapping(visitor),
            Start::Sequence => self.visit_sequence(visitor),
        }
    }

    fn visit_mapping<'de, V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value, GiveUp> {
        let mut mapping = Mapping { reader: self, keys: Vec::new(), ended: false };
        let value = visitor.visit_map(&mut mapping)?;
        if mapping.ended {
            Ok(value)
        } else {
            Err(GiveUp)
        }
    }

    fn visit_sequence<'de, V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value, GiveUp> {
        let mut sequence = Sequence { reader: self, ended: false };
        let value = visitor.visit_seq(&mut sequence)?;
        if sequence.ended {
            Ok(value)
        } else {
            Err(GiveUp)
        }
    }
}

/// Reads a whole value as whatever its start says it is.
macro_rules! as_any {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
                self.deserialize_any(visitor)
            }
        )*
    };
}

/// Reads a scalar as a number, from its text; anything else gives up.
macro_rules! numbers {
    ($($method:ident $visit:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
                match self.start()? {
                    Start::Scalar(text) => visitor.$visit(text.parse().map_err(|_| GiveUp)?),
                    _ => Err(GiveUp),
                }
            }
        )*
    };
}

impl<'de> de::Deserializer<'de> for &mut Reader<'_> {
    type Error = GiveUp;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        let start = self.start()?;
        self.visit(start, visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        match self.start()? {
            Start::Scalar(text) => match text.as_str() {
                "true" | "True" | "TRUE" => visitor.visit_bool(true),
                "false" | "False" | "FALSE" => visitor.visit_bool(false),
                _ => Err(GiveUp),
            },
            _ => Err(GiveUp),
        }
    }

    numbers! {
        deserialize_i8 visit_i8 deserialize_i16 visit_i16 deserialize_i32 visit_i32
        deserialize_i64 visit_i64 deserialize_i128 visit_i128
        deserialize_u8 visit_u8 deserialize_u16 visit_u16 deserialize_u32 visit_u32
        deserialize_u64 visit_u64 deserialize_u128 visit_u128
        deserialize_f32 visit_f32 deserialize_f64 visit_f64
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        visitor.visit_some(self)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        match self.start()? {
            Start::Scalar(text) if text.is_empty() => visitor.visit_unit(),
            start => self.visit(start, visitor),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        match self.start()? {
            Start::Scalar(text) if text.is_empty() => {
                visitor.visit_map(de::value::MapDeserializer::new(std::iter::empty::<(String, String)>()))
            }
            start => self.visit(start, visitor),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, GiveUp> {
        match self.start()? {
            Start::Scalar(text) if text.is_empty() => {
                visitor.visit_seq(de::value::SeqDeserializer::new(std::iter::empty::<String>()))
            }
            start => self.visit(start, visitor),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, GiveUp> {
        if name == spanned::STRUCT {
            let (event, mark) = self.next()?;
            self.pending = Some((event, mark));
            return visitor.visit_seq(Position { reader: self, mark, step: 0 });
        }
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, GiveUp> {
        match self.start()? {
            Start::Scalar(text) => visitor.visit_enum(IntoDeserializer::<GiveUp>::into_deserializer(text)),
            _ => Err(GiveUp),
        }
    }

    as_any! {
        deserialize_char deserialize_str deserialize_string deserialize_bytes deserialize_byte_buf
        deserialize_identifier deserialize_ignored_any
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, GiveUp> {
        self.deserialize_any(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, GiveUp> {
        self.deserialize_any(visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, GiveUp> {
        self.deserialize_any(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, GiveUp> {
        self.deserialize_any(visitor)
    }
}

/// The entries of a mapping, each key read once.
struct Mapping<'r, 'a> {
    reader: &'r mut Reader<'a>,
    /// The hash of each key read: a key whose hash was seen gives up (two keys may share a hash
    /// without being the same; the tree reader then tells).
    keys: Vec<u64>,
    ended: bool,
}

impl<'de> MapAccess<'de> for &mut Mapping<'_, '_> {
    type Error = GiveUp;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, GiveUp> {
        let (event, mark) = self.reader.next()?;
        let key = match event {
            Event::MappingEnd => {
                self.ended = true;
                return Ok(None);
            }
            Event::Scalar(key, _, 0, None) => key,
            _ => return Err(GiveUp),
        };
        let hash = rustc_hash::FxBuildHasher.hash_one(&key);
        if self.keys.contains(&hash) {
            return Err(GiveUp);
        }
        self.keys.push(hash);
        // A key is a value of its own: it may be asked for with its position.
        self.reader.pending = Some((Event::Scalar(key, yaml_rust2::scanner::TScalarStyle::Plain, 0, None), mark));
        seed.deserialize(&mut *self.reader).map(Some)
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, GiveUp> {
        seed.deserialize(&mut *self.reader)
    }
}

/// The items of a sequence.
struct Sequence<'r, 'a> {
    reader: &'r mut Reader<'a>,
    ended: bool,
}

impl<'de> SeqAccess<'de> for &mut Sequence<'_, '_> {
    type Error = GiveUp;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, GiveUp> {
        let (event, mark) = self.reader.next()?;
        if matches!(event, Event::SequenceEnd) {
            self.ended = true;
            return Ok(None);
        }
        self.reader.pending = Some((event, mark));
        seed.deserialize(&mut *self.reader).map(Some)
    }
}

/// A value with its position, as [`spanned::Spanned`] takes it from this reader: a sequence of
/// its character (counted from 0), line and column (from 1, as the tree reader counts), then
/// the value itself. (The tree reader says the same with named fields, which costs more.)
struct Position<'r, 'a> {
    reader: &'r mut Reader<'a>,
    mark: Marker,
    step: u8,
}

impl<'de> SeqAccess<'de> for Position<'_, '_> {
    type Error = GiveUp;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, GiveUp> {
        self.step += 1;
        match self.step {
            1 => seed.deserialize(self.mark.index().into_deserializer()).map(Some),
            2 => seed.deserialize(self.mark.line().into_deserializer()).map(Some),
            3 => seed.deserialize((self.mark.col() + 1).into_deserializer()).map(Some),
            4 => seed.deserialize(&mut *self.reader).map(Some),
            _ => Ok(None),
        }
    }
}
