//! Headless Chromium for the browser test: installed from Debian's packages by the tests when missing,
//! a static file server on loopback, and the text of a page once its scripts have run.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

const CHROMIUM: &str = "/usr/bin/chromium";

/// Runs a command, returning its stderr on failure.
fn run_quietly(program: &str, arguments: &[&str]) -> Result<(), String> {
    let output = Command::new(program)
        .args(arguments)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .output()
        .map_err(|error| format!("running {program}: {error}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!("{program} {} failed:\n{}", arguments.join(" "), String::from_utf8_lossy(&output.stderr)))
    }
}

/// Debian's `chromium`, installed with apt-get on first use (as root, or through `sudo -n`).
pub fn chromium() -> Result<&'static Path, String> {
    static BROWSER: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    BROWSER
        .get_or_init(|| {
            if !Path::new(CHROMIUM).exists() {
                let is_root = Command::new("id").arg("-u").output().is_ok_and(|output| output.stdout.starts_with(b"0"));
                let (program, prefix): (&str, &[&str]) = if is_root { ("apt-get", &[]) } else { ("sudo", &["-n", "apt-get"]) };
                let install: Vec<&str> =
                    prefix.iter().copied().chain(["install", "-y", "-q", "--no-install-recommends", "chromium"]).collect();
                let update: Vec<&str> = prefix.iter().copied().chain(["update", "-q"]).collect();
                // The package lists may be missing or stale on a fresh machine: refresh them once and retry.
                if run_quietly(program, &install).is_err() {
                    run_quietly(program, &update)?;
                    run_quietly(program, &install)
                        .map_err(|error| format!("installing Debian's chromium for the browser test: {error}"))?;
                }
            }
            Ok(PathBuf::from(CHROMIUM))
        })
        .as_ref()
        .map(PathBuf::as_path)
        .map_err(Clone::clone)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|extension| extension.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("mjs" | "js") => "text/javascript; charset=utf-8",
        // `instantiateStreaming` insists on this type.
        Some("wasm") => "application/wasm",
        _ => "application/octet-stream",
    }
}

fn answer(mut stream: TcpStream, root: &Path) {
    let mut request_line = String::new();
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(clone) => clone,
        Err(_) => return,
    });
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // Skip the headers: nothing in them matters to a static server.
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|read| read > 2) {
        header.clear();
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let relative = target.split('?').next().unwrap_or("/").trim_start_matches('/');
    let path = root.join(if relative.is_empty() { "index.html" } else { relative });
    let inside = !relative.split('/').any(|part| part == "..");
    let response = match std::fs::read(&path) {
        Ok(body) if inside => {
            let mut head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                content_type(&path),
                body.len()
            )
            .into_bytes();
            head.extend(body);
            head
        }
        _ => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
    };
    let _ = stream.write_all(&response);
}

/// Serves `root` on a free loopback port for as long as the process lives; returns the port.
pub fn serve(root: PathBuf) -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|error| format!("binding a loopback port: {error}"))?;
    let port = listener.local_addr().map_err(|error| error.to_string())?.port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            answer(stream, &root);
        }
    });
    Ok(port)
}

/// The DOM of `url` after its scripts have run, as headless Chromium prints it.
pub fn rendered_dom(url: &str, profile: &Path) -> Result<String, String> {
    let browser = chromium()?;
    let profile_flag = format!("--user-data-dir={}", profile.display());
    // The network flags keep Chromium from reaching for Google's services, which this machine refuses.
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=10000",
            &profile_flag,
            "--dump-dom",
            url,
        ])
        .output()
        .map_err(|error| format!("running {}: {error}", browser.display()))?;
    if !output.status.success() {
        return Err(format!("chromium failed:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    Ok(String::from_utf8_lossy(&output.stdout).to_string())
}
