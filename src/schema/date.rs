//! Calendar dates as written in content (`YYYY-MM-DD`), checked to be real days.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A real calendar date. `2025-02-30` does not parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(jiff::civil::Date);

/// The French names of the months, January first.
pub const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

impl Date {
    /// Parses `YYYY-MM-DD`, saying what is wrong when it is not a real date.
    pub fn parse(text: &str) -> Result<Date, String> {
        let text = text.trim();
        let parts: Vec<&str> = text.split('-').collect();
        let well_formed = parts.len() == 3
            && parts[0].len() == 4
            && parts[1].len() == 2
            && parts[2].len() == 2
            && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
        if !well_formed {
            return Err(crate::tr!("date-malformed", text = text));
        }
        let (y, m, d) = (parts[0].parse::<i16>(), parts[1].parse::<i8>(), parts[2].parse::<i8>());
        match (y, m, d) {
            (Ok(y), Ok(m), Ok(d)) => {
                jiff::civil::Date::new(y, m, d).map(Date).map_err(|_| crate::tr!("date-impossible", text = text))
            }
            _ => Err(crate::tr!("date-malformed", text = text)),
        }
    }

    /// The date as French readers write it: `8 septembre 2024`, `1er mai 2013`.
    pub fn french(&self) -> String {
        let day = self.0.day();
        let month = MONTHS[(self.0.month() - 1) as usize];
        if day == 1 {
            format!("1er {month} {}", self.0.year())
        } else {
            format!("{day} {month} {}", self.0.year())
        }
    }

    pub fn iso(&self) -> String {
        self.0.to_string()
    }

    /// The same day `months` later; the last day of the month when that day does not exist
    /// (31 January + 1 month = 28 or 29 February). `None` past the calendar's end (year 9999).
    pub fn add_months(&self, months: u32) -> Option<Date> {
        let span = jiff::Span::new().try_months(i64::from(months)).ok()?;
        self.0.checked_add(span).ok().map(Date)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(&self, later: Date) -> i64 {
        (later.0 - self.0).get_days() as i64
    }

    /// Today's date on this machine's clock.
    pub fn today() -> Date {
        Date(jiff::Zoned::now().date())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        })
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_dates_parse_and_impossible_ones_do_not() {
        assert_eq!(Date::parse("2024-02-29").unwrap().iso(), "2024-02-29");
        assert!(Date::parse("2025-02-29").unwrap_err().contains("n’est pas une date du calendrier"));
        assert!(Date::parse("2025-02-30").is_err());
        assert!(Date::parse("2025-13-01").is_err());
        assert!(Date::parse("10/09/2025").unwrap_err().contains("AAAA-MM-JJ"));
        assert!(Date::parse("2025-9-10").is_err());
    }

    #[test]
    fn months_are_added_on_the_calendar() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2025-01-31").add_months(1), Some(d("2025-02-28")));
        assert_eq!(d("2024-01-31").add_months(1), Some(d("2024-02-29")));
        assert_eq!(d("2024-09-10").add_months(12), Some(d("2025-09-10")));
        // Never a panic, whatever the number.
        assert_eq!(d("9999-12-31").add_months(1), None);
        assert_eq!(d("2024-01-01").add_months(239_977), None);
        assert_eq!(d("0001-01-01").add_months(u32::MAX), None);
    }

    #[test]
    fn french_dates() {
        assert_eq!(Date::parse("2024-09-08").unwrap().french(), "8 septembre 2024");
        assert_eq!(Date::parse("2013-05-01").unwrap().french(), "1er mai 2013");
        assert_eq!(Date::parse("2020-08-15").unwrap().french(), "15 août 2020");
    }
}
