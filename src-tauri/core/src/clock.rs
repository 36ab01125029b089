//! Time, passed in as a value so that the logic never reads the system clock itself.

use chrono::{DateTime, Local, NaiveDate, Utc};

/// A source of the current time.
pub trait Clock: Send + Sync {
    /// The current instant.
    fn now(&self) -> DateTime<Utc>;

    /// Today's date for the user (the local calendar day, for the system clock).
    fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// The user's calendar day at an instant (the local day, for the system clock).
    fn day_of(&self, t: DateTime<Utc>) -> NaiveDate {
        t.date_naive()
    }
}

/// The computer's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn today(&self) -> NaiveDate {
        Local::now().date_naive()
    }

    fn day_of(&self, t: DateTime<Utc>) -> NaiveDate {
        t.with_timezone(&Local).date_naive()
    }
}

/// A clock stopped at one instant, for tests and reproducible runs.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub DateTime<Utc>);

impl FixedClock {
    /// A clock stopped at noon UTC on the given day.
    pub fn on(date: NaiveDate) -> Self {
        FixedClock(date.and_hms_opt(12, 0, 0).expect("noon is valid").and_utc())
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}
