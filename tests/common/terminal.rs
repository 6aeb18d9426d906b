//! A program on a pseudo-terminal, read through a terminal emulator: tests assert on the
//! parsed screen grid (ratatui redraws only changed cells, so the raw stream is no guide).
//! Waits are for a condition on the screen, bounded, never blind sleeps.

use portable_pty::{CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

pub const ROWS: u16 = 30;
pub const COLS: u16 = 100;
pub const PATIENCE: Duration = Duration::from_secs(20);

pub struct Session {
    /// Keeps the test's own meeting record alive for the session, out of the source tree.
    _record_dir: tempfile::TempDir,
    pub master: Box<dyn MasterPty + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    pub parser: vt100::Parser,
    /// The terminal's local modes before boardpack started.
    pub initial_modes: String,
}

impl Session {
    /// Runs `boardpack ARGS`; `run` gets a record of its own unless ARGS name one.
    pub fn start(args: &[&str]) -> Session {
        let record_dir = tempfile::tempdir().unwrap();
        let record = record_dir
            .path()
            .join("test.record.db")
            .display()
            .to_string();
        let mut args: Vec<&str> = args.to_vec();
        if args.first() == Some(&"run") && !args.contains(&"--record") {
            args.extend(["--record", record.as_str()]);
        }
        Session::program(env!("CARGO_BIN_EXE_boardpack"), &args, record_dir)
    }

    /// Runs `boardpack ARGS` with `env` set, as someone on a machine of their own would.
    pub fn start_with(args: &[&str], env: &[(&str, &str)]) -> Session {
        let keep = tempfile::tempdir().unwrap();
        Session::launch(env!("CARGO_BIN_EXE_boardpack"), args, env, keep)
    }

    /// Runs `program ARGS` on a terminal of its own; `keep` lives as long as the session.
    pub fn program(program: &str, args: &[&str], keep: tempfile::TempDir) -> Session {
        Session::launch(program, args, &[], keep)
    }

    fn launch(
        program: &str,
        args: &[&str],
        env: &[(&str, &str)],
        keep: tempfile::TempDir,
    ) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let initial_modes = format!(
            "{:?}",
            pair.master.get_termios().expect("unix termios").local_flags
        );
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.cwd(env!("CARGO_MANIFEST_DIR"));
        command.env("TERM", "xterm-256color");
        command.env_remove("NO_COLOR");
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pair.slave.spawn_command(command).expect("boardpack starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let (send, output) = channel();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 || send.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let writer = pair.master.take_writer().unwrap();
        let parser = vt100::Parser::new(ROWS.try_into().unwrap(), COLS.try_into().unwrap(), 0);
        Session {
            master: pair.master,
            child,
            writer,
            output,
            parser,
            initial_modes,
            _record_dir: keep,
        }
    }

    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Reads output until the screen satisfies `ready`, or fails with the screen shown.
    pub fn wait_for(&mut self, what: &str, ready: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        while !ready(&self.screen()) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.parser.process(&bytes),
                Err(_) => panic!(
                    "timed out waiting for {what}; the screen shows:\n{}",
                    self.screen()
                ),
            }
        }
    }

    pub fn wait_for_text(&mut self, text: &str) {
        self.wait_for(text, |screen| screen.contains(text));
    }

    /// On the risk register: opens a note on R5 and types `text` (not yet saved).
    pub fn type_note_on_r5(&mut self, text: &str) {
        self.send("n");
        self.wait_for_text("Note on risk R5");
        self.send(text);
        self.wait_for_text(text);
    }

    /// On the risk register: writes `text` as a challenge note on R5 and saves it.
    pub fn save_note_on_r5(&mut self, text: &str) {
        self.type_note_on_r5(text);
        self.send("\x13"); // Ctrl+S
        self.wait_for_text("challenge note on risk R5 saved");
    }

    /// Waits until R5's row in the risk register shows `notes` notes, within a second of
    /// now: how soon someone else's note reaches this screen.
    pub fn sees_notes_on_r5_within_a_second(&mut self, notes: usize) {
        let asked = Instant::now();
        let marker = format!("✎{notes}");
        // The note marker on R5's row; the note itself is in the detail pane below the fold.
        self.wait_for("the note marked on R5's row", |s| {
            s.lines()
                .any(|line| line.starts_with("R5 ") && line.contains(&marker))
        });
        assert!(
            asked.elapsed() < Duration::from_secs(1),
            "took {:?}",
            asked.elapsed()
        );
    }

    /// Each call is one write: Esc on its own, or it would read as Alt plus the next key.
    pub fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Waits for the process to end and takes the rest of its output.
    pub fn finish(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + PATIENCE;
        loop {
            while let Ok(bytes) = self.output.try_recv() {
                self.parser.process(&bytes);
            }
            if let Some(status) = self.child.try_wait().unwrap() {
                while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(200)) {
                    self.parser.process(&bytes);
                }
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "boardpack did not exit; the screen shows:\n{}",
                self.screen()
            );
            if let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(50)) {
                self.parser.process(&bytes);
            }
        }
    }

    /// The window is resized, as a member drags theirs.
    pub fn resize(&mut self, rows: u16, cols: u16) {
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("the terminal resizes");
        self.parser
            .set_size(rows.try_into().unwrap(), cols.try_into().unwrap());
    }

    pub fn local_modes(&self) -> String {
        format!(
            "{:?}",
            self.master.get_termios().expect("unix termios").local_flags
        )
    }
}
