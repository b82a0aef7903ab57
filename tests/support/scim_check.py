"""Runs the SCIM compliance checker scim2-tester against a Plein: scim_check.py BASE TOKEN.

Prints one line per check (status, title, reason) and exits 0; the Rust test that runs it
decides which results are failures (tests/support is driven by src/provisioning/scim/tests.rs).
"""

import sys

import httpx2
from scim2_client.engines.httpx2 import SyncSCIMClient
from scim2_tester import check_server


def main() -> None:
    base, token = sys.argv[1], sys.argv[2]
    http = httpx2.Client(
        base_url=f"{base}/scim/v2",
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    client = SyncSCIMClient(http)
    for result in check_server(client):
        reason = (result.reason or "").replace("\n", " ")
        print(f"{result.status.name}\t{result.title}\t{reason}", flush=True)


if __name__ == "__main__":
    main()
