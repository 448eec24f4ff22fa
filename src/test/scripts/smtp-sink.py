#!/usr/bin/env python3
"""A tiny SMTP server for the outbox crash test: accepts every message, takes a little time over each (as a real
server does), and appends one line per delivery to a file: the Message-ID and X-Open-Doors-Message headers."""
import socketserver
import sys
import threading
import time

port, log_path, delay = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 0.02
lock = threading.Lock()


class Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode(errors="replace").strip().upper()
            if command.startswith("EHLO") or command.startswith("HELO"):
                self.reply("250 sink")
            elif command == "DATA":
                self.reply("354 go ahead")
                headers, in_headers = {}, True
                while True:
                    data = self.rfile.readline()
                    if not data or data in (b".\r\n", b".\n"):
                        break
                    text = data.decode(errors="replace").rstrip("\r\n")
                    if in_headers:
                        if text == "":
                            in_headers = False
                        elif ":" in text and not text[0].isspace():
                            name, value = text.split(":", 1)
                            headers[name.strip().lower()] = value.strip()
                time.sleep(delay)
                with lock, open(log_path, "a") as out:
                    out.write("%s %s\n" % (headers.get("message-id", "-"), headers.get("x-open-doors-message", "-")))
                self.reply("250 queued")
            elif command == "QUIT":
                self.reply("221 bye")
                return
            elif command.startswith("RSET") or command.startswith("NOOP") or command.startswith("MAIL") \
                    or command.startswith("RCPT"):
                self.reply("250 ok")
            else:
                self.reply("250 ok")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


Server(("127.0.0.1", port), Handler).serve_forever()
