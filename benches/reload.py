#!/usr/bin/env python3
"""Edit-to-reload time of `charte serve`: from writing a document to the reload event reaching
a page, as the median of several edits; and the rebuild time that `charte serve` reports for
each (from the moment it starts rebuilding to the new site in place).

Usage: benches/reload.py CHARTE_BINARY SITE_ROOT DOCUMENT [RUNS]
DOCUMENT is a Markdown file under SITE_ROOT/content whose body is edited (then restored).
"""
import re
import socket
import statistics
import subprocess
import sys
import time


def main():
    binary, root, document = sys.argv[1:4]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    server = subprocess.Popen([binary, "serve", "--port", "0", "--root", root],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        for line in server.stdout:
            match = re.search(r"http://127\.0\.0\.1:(\d+)(/[^ ]*)", line)
            if match:
                port, base = int(match.group(1)), match.group(2).rstrip("/")
                break
        events = socket.create_connection(("127.0.0.1", port))
        events.sendall(f"GET {base}/__charte/events HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        events.settimeout(60)
        time.sleep(0.3)
        with open(document, encoding="utf-8") as f:
            original = f.read()
        timings = []
        rebuilds = []
        for i in range(runs):
            start = time.perf_counter()
            with open(document, "w", encoding="utf-8") as f:
                f.write(original + f"\nModification {i}.\n")
            received = b""
            while b"event: reload" not in received:
                chunk = events.recv(65536)
                if not chunk:
                    raise SystemExit(f"the event stream closed: {received[:200]!r}")
                received += chunk
            timings.append((time.perf_counter() - start) * 1000)
            for line in server.stdout:
                rebuilt = re.search(r" (\d+) ms$", line.rstrip())
                if rebuilt:
                    rebuilds.append(int(rebuilt.group(1)))
                    break
            time.sleep(0.2)
        with open(document, "w", encoding="utf-8") as f:
            f.write(original)
        print(f"edit-to-reload: median {statistics.median(timings):.0f} ms, "
              f"min {min(timings):.0f} ms, max {max(timings):.0f} ms over {runs} edits; "
              f"rebuild: median {statistics.median(rebuilds):.0f} ms, "
              f"min {min(rebuilds)} ms, max {max(rebuilds)} ms")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
