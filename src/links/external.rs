//! Links to other sites, checked only when asked (`useit check --external`): a `HEAD` request
//! to each address (a `GET` when the server refuses `HEAD`), a few at a time, each with a
//! timeout. A 4xx or 5xx answer, a timeout or a failed connection is a warning naming the
//! page the link is on. The HTTP client is `ureq` (blocking, with rustls): a handful of
//! requests at a time need no async runtime, and the build's tokio runtime belongs to serve.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crate::diag::{Diagnostic, Severity};

/// Requests in flight at once.
pub const CONCURRENCY: usize = 8;

/// What one address answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// An HTTP status below 400.
    Ok(u16),
    /// An HTTP status of 400 or more.
    Status(u16),
    /// No answer within the timeout.
    Timeout,
    /// No connection (name not found, refused, TLS failure...).
    Failed(String),
}

fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .max_redirects(5)
        .user_agent(concat!(
            "useit/",
            env!("CARGO_PKG_VERSION"),
            " (link check)"
        ))
        .build()
        .into()
}

fn ask(agent: &ureq::Agent, url: &str) -> Answer {
    let answer = |r: Result<ureq::http::Response<ureq::Body>, ureq::Error>| match r {
        Ok(resp) => {
            let s = resp.status().as_u16();
            if s < 400 {
                Answer::Ok(s)
            } else {
                Answer::Status(s)
            }
        }
        Err(ureq::Error::Timeout(_)) => Answer::Timeout,
        Err(e) => Answer::Failed(e.to_string()),
    };
    match answer(agent.head(url).call()) {
        // Some servers refuse or mishandle HEAD: ask again with GET.
        Answer::Status(405 | 403 | 501) => answer(agent.get(url).call()),
        a => a,
    }
}

/// The answer of every address in `urls` (in their order), at most [`CONCURRENCY`] requests
/// at a time, each given `timeout`.
pub fn check(urls: &[String], timeout: Duration) -> Vec<Answer> {
    let agent = agent(timeout);
    let next = AtomicUsize::new(0);
    let answers = Mutex::new(vec![Answer::Timeout; urls.len()]);
    std::thread::scope(|s| {
        for _ in 0..CONCURRENCY.min(urls.len()) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(url) = urls.get(i) else { break };
                    let a = ask(&agent, url);
                    if let Ok(mut all) = answers.lock() {
                        all[i] = a;
                    }
                }
            });
        }
    });
    answers.into_inner().unwrap_or_default()
}

/// The report of `--external`: one line per address (`ok 200`, `404`, `timed out`) and a
/// warning for each that does not answer well, naming the first page it is on.
pub fn report(links: &[(String, String)], timeout: Duration) -> (String, Vec<Diagnostic>) {
    let urls: Vec<String> = links.iter().map(|(u, _)| u.clone()).collect();
    let answers = check(&urls, timeout);
    let mut text = format!(
        "external links: {} (checked {CONCURRENCY} at a time, {} s timeout)\n",
        links.len(),
        timeout.as_secs_f32()
    );
    let mut ds = Vec::new();
    for ((url, page), a) in links.iter().zip(answers) {
        let (word, problem) = match &a {
            Answer::Ok(s) => (format!("ok {s}"), None),
            Answer::Status(s) => (s.to_string(), Some(format!("answers HTTP {s}"))),
            Answer::Timeout => ("timed out".into(), Some("did not answer in time".into())),
            Answer::Failed(e) => ("failed".into(), Some(format!("could not be reached ({e})"))),
        };
        text.push_str(&format!("  {word:>9}  {url}  (on /{page})\n"));
        if let Some(p) = problem {
            ds.push(
                Diagnostic::general(
                    Severity::Warning,
                    format!("external link {url} on /{page} {p}"),
                )
                .with_help("check the address in a browser; fix or remove the link if the page has moved or gone"),
            );
        }
    }
    (text, ds)
}
