//! Phase timings for finding where a (re)build spends its time: printed to standard error only
//! when the `USEIT_SERVE_DEBUG` environment variable is set, never part of any output file.

use std::time::Instant;

/// A stopwatch with named laps.
#[derive(Debug)]
pub struct Phases {
    what: &'static str,
    on: bool,
    last: Instant,
    laps: Vec<(&'static str, u128)>,
}

impl Phases {
    /// Starts timing `what`; records nothing unless `USEIT_SERVE_DEBUG` is set.
    pub fn new(what: &'static str) -> Phases {
        Phases {
            what,
            on: std::env::var_os("USEIT_SERVE_DEBUG").is_some(),
            last: Instant::now(),
            laps: Vec::new(),
        }
    }

    /// Whether laps are recorded (`USEIT_SERVE_DEBUG` is set).
    pub fn on(&self) -> bool {
        self.on
    }

    /// Ends the lap `name`.
    pub fn mark(&mut self, name: &'static str) {
        if self.on {
            let now = Instant::now();
            self.laps.push((name, (now - self.last).as_micros()));
            self.last = now;
        }
    }

    /// Prints the laps on one line: `pipeline: model 1.2 ms, render 3.4 ms`.
    pub fn print(&self) {
        if self.on {
            let laps: Vec<String> = self
                .laps
                .iter()
                .map(|(n, us)| format!("{n} {:.1} ms", *us as f64 / 1000.0))
                .collect();
            eprintln!("{}: {}", self.what, laps.join(", "));
        }
    }
}
