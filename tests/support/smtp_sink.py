#!/usr/bin/env python3
"""A real SMTP server for Plein's tests (aiosmtpd): listens on 127.0.0.1 on a free port,
prints the port on its first line, and writes every message it accepts as JSON (envelope,
headers, plain and HTML parts decoded) to DIR/<n>.json. While DIR/refuse exists it answers
every message with a temporary failure (451), as a mail server that is down would; while
DIR/hang exists it waits before accepting a recipient, as a hanging server would (the client
gives up before sending the message, so nothing half-sent is kept). Exits when its standard
input closes, so it never outlives the test process."""

import asyncio
import email
import email.policy
import json
import os
import socket
import sys
import threading

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        while os.path.exists(os.path.join(self.directory, "hang")):
            await asyncio.sleep(0.2)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if os.path.exists(os.path.join(self.directory, "refuse")):
            return "451 4.3.0 try again later"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        parts = {"text": None, "html": None}
        for part in message.walk():
            kind = part.get_content_type()
            if kind == "text/plain" and parts["text"] is None:
                parts["text"] = part.get_content()
            elif kind == "text/html" and parts["html"] is None:
                parts["html"] = part.get_content()
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "headers": {k.lower(): str(v) for k, v in message.items()},
            "raw_headers": envelope.content.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace"),
            "text": parts["text"],
            "html": parts["html"],
        }
        with self.lock:
            self.count += 1
            name = os.path.join(self.directory, f"{self.count:05d}.json")
        with open(name + ".part", "w", encoding="utf-8") as out:
            json.dump(record, out)
        os.replace(name + ".part", name)
        return "250 OK"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    directory = sys.argv[1]
    os.makedirs(directory, exist_ok=True)
    port = free_port()
    controller = Controller(Sink(directory), hostname="127.0.0.1", port=port)
    controller.start()
    print(port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
