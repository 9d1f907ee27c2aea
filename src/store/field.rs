//! Loading the records other than cases that a report counts
//! ([`Field`](crate::model::field::Field)): one line per record type.

use chrono::NaiveDate;

use crate::error::Result;
use crate::model::field::Field;

use super::Store;

impl Store {
    /// The records other than cases of the days `from..=to` (each record type reads
    /// only the files those days touch where its layout allows).
    pub fn field(&self, from: NaiveDate, to: NaiveDate) -> Result<Field> {
        Ok(Field {
            patrols: self
                .patrols_between(from, to)?
                .into_iter()
                .map(|l| l.patrol)
                .collect(),
        })
    }
}
