//! What the benches share: timing, percentiles and the Markdown table they print.
#![allow(dead_code)] // each bench uses its own subset

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub struct Row {
    pub measure: String,
    pub result: String,
    pub baseline: String,
    pub target: String,
    pub met: Option<bool>,
}

pub fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

pub fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let index = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[index]
}

pub fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    let start = Instant::now();
    std::hint::black_box(f());
    start.elapsed()
}

pub fn median_of<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut samples: Vec<Duration> = (0..runs).map(|_| time(&mut f)).collect();
    percentile(&mut samples, 0.5)
}

/// The median of `runs` timings of each of `steps`, taken in rounds: a tenth of a step's
/// runs in a row, then the next step's. Each so sees the same moments of a noisy machine,
/// and nearly always the memory it left itself: taken strictly in turn, a step inherits
/// what the one before it let go, and the allocator's tidying of it moves from one step's
/// time to the other's (by up to a tenth on the Powys pack).
pub fn medians_in_rounds(runs: usize, steps: &mut [&mut dyn FnMut()]) -> Vec<Duration> {
    let in_a_row = runs.div_ceil(10);
    let mut samples = vec![Vec::with_capacity(runs); steps.len()];
    for round in 0..runs.div_ceil(in_a_row) {
        let this_round = in_a_row.min(runs - round * in_a_row);
        for (step, taken) in steps.iter_mut().zip(&mut samples) {
            for _ in 0..this_round {
                taken.push(time(&mut **step));
            }
        }
    }
    samples
        .iter_mut()
        .map(|taken| percentile(taken, 0.5))
        .collect()
}

/// "median …, p99 …" of `samples`, and the p99.
pub fn spread(samples: &mut [Duration]) -> (String, Duration) {
    let (median, p99) = (percentile(samples, 0.5), percentile(samples, 0.99));
    (format!("median {}, p99 {}", ms(median), ms(p99)), p99)
}

/// `count` bare SQLite inserts, each committed with the record's durability (WAL, FULL
/// sync): the floor a note commit is measured against.
pub fn sqlite_commit_floor(dir: &std::path::Path, count: usize) -> Vec<Duration> {
    let bare = rusqlite::Connection::open(dir.join("bare.db")).unwrap();
    bare.pragma_update(None, "journal_mode", "WAL").unwrap();
    bare.pragma_update(None, "synchronous", "FULL").unwrap();
    bare.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
        .unwrap();
    (0..count)
        .map(|n| {
            time(|| {
                bare.execute_batch("BEGIN IMMEDIATE").unwrap();
                bare.execute("INSERT INTO t (text) VALUES (?1)", [format!("note {n}")])
                    .unwrap();
                bare.execute_batch("COMMIT").unwrap();
            })
        })
        .collect()
}

/// The rows as docs/PERFORMANCE.md shows them.
pub fn print(rows: &[Row]) {
    println!("\n| Measure | Result | Baseline / peer | Target | Met |\n|---|---|---|---|---|");
    for row in rows {
        let met = match row.met {
            Some(true) => "yes",
            Some(false) => "NO",
            None => "–",
        };
        println!(
            "| {} | {} | {} | {} | {} |",
            row.measure, row.result, row.baseline, row.target, met
        );
    }
}

/// `boardpack run` on `pack` and `record` as `member` in a pseudo-terminal (200×60): its
/// peak memory in MB, read from /proc after walking the screens a member uses (an area,
/// the risks, the KPIs, a search, the minutes preview), before quitting.
pub fn run_peak_mb(pack: &std::path::Path, record: &std::path::Path, member: &str) -> f64 {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::{Read, Write};
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 60,
            cols: 200,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_boardpack"));
    command.args([
        "run",
        &pack.display().to_string(),
        "--record",
        &record.display().to_string(),
        "--member",
        member,
    ]);
    command.env("TERM", "xterm-256color");
    let mut child = pair.slave.spawn_command(command).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let mut writer = pair.master.take_writer().unwrap();
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buffer = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buffer) {
            if n == 0 || send.send(buffer[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    // Wait for the first screen (keys sent while a big pack loads arrive together, and an
    // Esc read with the key after it is that key with Alt: the walk would not happen),
    // then walk the screens, the minutes preview among them, so the peak is realistic.
    let mut seen = Vec::new();
    let waited = Instant::now();
    while !seen.windows(8).any(|w| w == b"Overview") && waited.elapsed() < Duration::from_secs(60) {
        if let Ok(bytes) = receive.recv_timeout(Duration::from_millis(100)) {
            seen.extend(bytes);
        }
    }
    for keys in ["]", "r", "p", "/", "a", "s", "\x1b", "M", "c", "\x1b", "1"] {
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(300));
        // Until the screen is quiet (the key's work is done), or 5 s: a running clock
        // redraws it every second.
        let pressed = Instant::now();
        while pressed.elapsed() < Duration::from_secs(5)
            && receive.recv_timeout(Duration::from_millis(300)).is_ok()
        {}
    }
    let pid = child.process_id().unwrap();
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let peak_kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(f64::NAN);
    writer.write_all(b"q").unwrap();
    writer.flush().unwrap();
    let _ = child.wait();
    peak_kb / 1024.0
}

/// Runs `boardpack` with `args` to the end: how long it took, and its peak memory in MiB
/// (from `wait4`).
///
/// Linux starts a child's peak memory from its parent's (it is carried across fork and
/// exec), so the bench first gives back what it freed and resets its own peak to what it
/// holds now ([`forget_own_peak`]); callers hold no pack text or pack while measuring.
// `wait4` reaps the child (std's `wait` cannot report its memory), which clippy cannot see.
#[allow(clippy::zombie_processes)]
pub fn timed_peak(args: &[&str]) -> (Duration, f64) {
    forget_own_peak();
    let start = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_boardpack"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("boardpack starts");
    let mut status = 0;
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: wait4 on our own child, writing a whole rusage into the pointer it is given.
    let usage = unsafe {
        libc::wait4(
            child.id() as libc::pid_t,
            &mut status,
            0,
            usage.as_mut_ptr(),
        );
        usage.assume_init()
    };
    let took = start.elapsed();
    assert_eq!(status, 0, "boardpack {args:?} failed");
    (took, usage.ru_maxrss as f64 / 1024.0)
}

/// Hands freed memory back to the system and resets this process's peak memory to what it
/// holds now (`/proc/self/clear_refs`), so the next child starts from that.
pub fn forget_own_peak() {
    // SAFETY: malloc_trim only returns free memory to the system.
    unsafe {
        libc::malloc_trim(0);
    }
    std::fs::write("/proc/self/clear_refs", "5").expect("Linux resets a process's peak memory");
}

/// This process's memory now, in MiB.
pub fn own_memory_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kib| kib / 1024.0)
}
