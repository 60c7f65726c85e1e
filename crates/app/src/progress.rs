//! The progress bar of the long commands (`workplaces import`, `osh feedback-reports`).

use std::io::{IsTerminal, Write};

/// A progress bar on stderr: redrawn in place on a terminal, a line per tenth otherwise.
pub struct Progress {
    label: &'static str,
    total: usize,
    shown: usize,
    tty: bool,
}

impl Progress {
    pub fn new(label: &'static str, total: usize) -> Progress {
        Progress {
            label,
            total,
            shown: usize::MAX,
            tty: std::io::stderr().is_terminal(),
        }
    }

    pub fn update(&mut self, done: usize) {
        let total = self.total.max(1);
        let step = if self.tty { 1 } else { 10 };
        let percent = done * 100 / total / step * step;
        if percent == self.shown {
            return;
        }
        self.shown = percent;
        let filled = percent * 30 / 100;
        let bar = format!("{}{}", "#".repeat(filled), ".".repeat(30 - filled));
        let mut err = std::io::stderr();
        if self.tty {
            let _ = write!(
                err,
                "\r{} [{bar}] {percent:>3} % {done}/{}",
                self.label, self.total
            );
            if done >= self.total {
                let _ = writeln!(err);
            }
        } else {
            let _ = writeln!(
                err,
                "{} [{bar}] {percent:>3} % {done}/{}",
                self.label, self.total
            );
        }
    }
}
