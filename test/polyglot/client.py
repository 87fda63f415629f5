"""Kumo's gRPC API driven from Python, with stubs generated from proto/.

Run by `npm run test:polyglot` (test/polyglot/run.ts), which generates the
stubs with Debian's protoc and grpc_python_plugin into a temporary directory
on PYTHONPATH and starts a private Kumo cloud. Uses only the grpc and
protobuf packages of Debian (python3-grpcio, python3-protobuf) and the
generated modules: nothing from PyPI, nothing from Kumo's TypeScript SDK.

What it checks, in order: a flavor and an image are created; three servers
are created from them and each reaches ACTIVE as the WatchServer stream
reports it (no polling); ListServers pages through them with page_size 2 and
page_token; each is deleted while its watch is open and the watch ends with
deleted set, and ListServers stops showing them; a bad id is NOT_FOUND with
a google.rpc.ErrorInfo, and a negative page_size is INVALID_ARGUMENT with a
google.rpc.BadRequest field violation, both decoded from the
grpc-status-details-bin trailer with the generated google/rpc stubs.

GetServer and ListServers answer from a conductor's view of the state log,
which may trail the watch (read from the log itself) by a moment: where they
follow a change the watch reported, the client gives them a bounded time to
catch up (CATCH_UP) and says how long they took.

Calls carry no credentials: the API has no login yet and treats a caller
without identity metadata as the default project's admin. When
IdentityService exists, the client will log in first and send its token.

Every call has a deadline. Prints each step, then "N passed, M failed";
exits 1 on the first failure (the checks depend on each other).

Usage: python3 client.py --endpoint HOST:PORT
"""

import argparse
import sys
import time
import traceback
import uuid

import grpc
from google.protobuf import any_pb2  # noqa: F401  (the Any in Status.details)

from google.rpc import error_details_pb2, status_pb2
from kumo.compute.v1 import (
    flavor_pb2,
    flavor_pb2_grpc,
    image_pb2,
    image_pb2_grpc,
    server_pb2,
    server_service_pb2,
    server_service_pb2_grpc,
    server_watch_pb2,
)

CALL_TIMEOUT = 15  # seconds, every unary call
WATCH_TIMEOUT = 90  # seconds, a whole watch (build or delete)
CATCH_UP = 10  # seconds for the conductor's view to show what the watch showed
SERVERS = 3
PAGE_SIZE = 2

passed = 0


class CheckFailed(Exception):
    pass


def check(cond, what):
    global passed
    if not cond:
        raise CheckFailed(what)
    passed += 1
    print(f"  ok  {what}", flush=True)


def caught_up(fetch, done):
    """fetch() until done(result) or CATCH_UP seconds; (last result, seconds)."""
    started = time.monotonic()
    while True:
        result = fetch()
        if done(result) or time.monotonic() - started > CATCH_UP:
            return result, time.monotonic() - started
        time.sleep(0.1)


def status_name(value):
    return server_pb2.ServerStatus.Name(value)


def rpc_status(err):
    """The google.rpc.Status in the grpc-status-details-bin trailer, or None."""
    for key, value in err.trailing_metadata() or ():
        if key == "grpc-status-details-bin":
            st = status_pb2.Status()
            st.ParseFromString(value)
            return st
    return None


def details(st, message_class):
    """The details of the given google.rpc type in a Status."""
    out = []
    for any_msg in st.details:
        if any_msg.Is(message_class.DESCRIPTOR):
            msg = message_class()
            any_msg.Unpack(msg)
            out.append(msg)
    return out


def expect_error(call, code):
    try:
        call()
    except grpc.RpcError as err:
        check(err.code() == code, f"fails with {code.name} (got {err.code().name}: {err.details()})")
        st = rpc_status(err)
        check(st is not None, "the error carries grpc-status-details-bin")
        check(st.code == code.value[0], f"google.rpc.Status.code is {code.value[0]} (got {st.code})")
        return st
    raise CheckFailed(f"expected {code.name}, the call succeeded")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--endpoint", required=True)
    args = parser.parse_args()

    channel = grpc.insecure_channel(args.endpoint)
    grpc.channel_ready_future(channel).result(timeout=CALL_TIMEOUT)
    flavors = flavor_pb2_grpc.FlavorServiceStub(channel)
    images = image_pb2_grpc.ImageServiceStub(channel)
    servers = server_service_pb2_grpc.ServerServiceStub(channel)
    tag = uuid.uuid4().hex[:8]

    print(f"connected to {args.endpoint} (grpc {grpc.__version__})", flush=True)

    print("create a flavor and an image", flush=True)
    flavor = flavors.CreateFlavor(
        flavor_pb2.CreateFlavorRequest(
            flavor=flavor_pb2.Flavor(name=f"py.tiny-{tag}", vcpus=1, ram_mb=256, disk_gb=1, is_public=True)
        ),
        timeout=CALL_TIMEOUT,
    ).flavor
    check(flavor.id != "" and flavor.vcpus == 1 and flavor.ram_mb == 256, f"flavor {flavor.name} created with id {flavor.id}")
    image = images.CreateImage(
        image_pb2.CreateImageRequest(
            image=image_pb2.Image(
                name=f"py-image-{tag}",
                disk_format="qcow2",
                container_format="bare",
                visibility="public",
                properties={"os_distro": "cirros"},
            )
        ),
        timeout=CALL_TIMEOUT,
    ).image
    check(image.id != "" and image.properties["os_distro"] == "cirros", f"image {image.name} created with id {image.id}")

    print(f"create {SERVERS} servers and watch each reach ACTIVE", flush=True)
    created = servers.CreateServer(
        server_service_pb2.CreateServerRequest(
            name=f"py-{tag}",
            flavor_id=flavor.id,
            image_id=image.id,
            metadata={"made-by": "python"},
            min_count=SERVERS,
            max_count=SERVERS,
        ),
        timeout=CALL_TIMEOUT,
    ).servers
    check(len(created) == SERVERS, f"CreateServer returned {len(created)} servers")
    check(all(s.status == server_pb2.SERVER_STATUS_BUILD for s in created), "every new server is in BUILD")
    ids = [s.id for s in created]
    for server_id in ids:
        started = time.monotonic()
        seen = []
        stream = servers.WatchServer(server_watch_pb2.WatchServerRequest(id=server_id), timeout=WATCH_TIMEOUT)
        try:
            for msg in stream:
                seen.append(status_name(msg.server.status))
                if msg.deleted:
                    raise CheckFailed(f"{server_id} was deleted while building")
                if msg.server.status == server_pb2.SERVER_STATUS_ERROR:
                    raise CheckFailed(f"{server_id} went to ERROR: {msg.server.fault.message}")
                if msg.server.status == server_pb2.SERVER_STATUS_ACTIVE:
                    break
        finally:
            stream.cancel()
        check(
            seen and seen[-1] == "SERVER_STATUS_ACTIVE",
            f"{server_id} ACTIVE per WatchServer after {time.monotonic() - started:.1f} s ({' -> '.join(seen)})",
        )
    got, took = caught_up(
        lambda: servers.GetServer(server_service_pb2.GetServerRequest(id=ids[0]), timeout=CALL_TIMEOUT).server,
        lambda server: server.status == server_pb2.SERVER_STATUS_ACTIVE,
    )
    check(
        got.status == server_pb2.SERVER_STATUS_ACTIVE and got.host != "" and got.metadata["made-by"] == "python",
        f"GetServer after {took:.1f} s: {got.name} {status_name(got.status)} on {got.host} with its metadata",
    )

    print(f"list servers, {PAGE_SIZE} a page", flush=True)
    listed = []
    pages = 0
    token = ""
    while True:
        page = servers.ListServers(
            server_service_pb2.ListServersRequest(page_size=PAGE_SIZE, page_token=token, name=f"py-{tag}"),
            timeout=CALL_TIMEOUT,
        )
        pages += 1
        check(len(page.servers) <= PAGE_SIZE, f"page {pages}: {len(page.servers)} server(s), next_page_token {'set' if page.next_page_token else 'empty'}")
        listed.extend(s.id for s in page.servers)
        token = page.next_page_token
        if not token:
            break
        if pages > SERVERS:
            raise CheckFailed("paging does not end")
    check(pages >= 2, f"listing took {pages} pages")
    check(sorted(listed) == sorted(ids), "the pages hold every server exactly once")

    print("delete the servers and watch each go", flush=True)
    for server_id in ids:
        stream = servers.WatchServer(server_watch_pb2.WatchServerRequest(id=server_id), timeout=WATCH_TIMEOUT)
        try:
            first = next(stream)
            check(first.server.id == server_id and not first.deleted, f"watching {server_id} ({status_name(first.server.status)})")
            servers.DeleteServer(server_service_pb2.DeleteServerRequest(id=server_id), timeout=CALL_TIMEOUT)
            last = first
            for msg in stream:
                last = msg
                if msg.deleted:
                    break
        finally:
            stream.cancel()
        check(last.deleted and last.server.id == server_id, f"{server_id} deleted per WatchServer")
    left, took = caught_up(
        lambda: servers.ListServers(server_service_pb2.ListServersRequest(name=f"py-{tag}"), timeout=CALL_TIMEOUT).servers,
        lambda found: len(found) == 0,
    )
    check(len(left) == 0, f"ListServers shows none of them after {took:.1f} s ({len(left)} left)")

    print("typed errors", flush=True)
    missing = str(uuid.uuid4())
    st = expect_error(lambda: servers.GetServer(server_service_pb2.GetServerRequest(id=missing), timeout=CALL_TIMEOUT), grpc.StatusCode.NOT_FOUND)
    infos = details(st, error_details_pb2.ErrorInfo)
    check(len(infos) == 1 and infos[0].domain == "kumo.dev" and infos[0].reason != "", f"ErrorInfo {infos[0].domain if infos else '-'}/{infos[0].reason if infos else '-'}")
    st = expect_error(
        lambda: servers.ListServers(server_service_pb2.ListServersRequest(page_size=-1), timeout=CALL_TIMEOUT),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    bad = details(st, error_details_pb2.BadRequest)
    violations = [(v.field, v.description) for b in bad for v in b.field_violations]
    check(any(f == "page_size" for f, _ in violations), f"BadRequest field violation {violations}")

    channel.close()


if __name__ == "__main__":
    try:
        main()
    except CheckFailed as failure:
        print(f"  FAIL {failure}", flush=True)
        print(f"{passed} passed, 1 failed", flush=True)
        sys.exit(1)
    except grpc.RpcError as err:
        print(f"  FAIL unexpected {err.code().name}: {err.details()}", flush=True)
        print(f"{passed} passed, 1 failed", flush=True)
        sys.exit(1)
    except grpc.FutureTimeoutError:
        print("  FAIL the endpoint did not become ready", flush=True)
        print(f"{passed} passed, 1 failed", flush=True)
        sys.exit(1)
    except Exception:  # anything else is a failure too, with its traceback
        traceback.print_exc()
        print(f"{passed} passed, 1 failed", flush=True)
        sys.exit(1)
    print(f"{passed} passed, 0 failed", flush=True)
