#!/usr/bin/env python3
"""Drives a running application over HTTP the way Tasklist does, and prints a Markdown table (scripts/benchmark-tasklist).

A Tasklist refresh is what the browser asks on every refresh: the counts of the two filters (GET filter/{id}/count) and
the first page of the selected filter (POST filter/{id}/list, 15 tasks, newest first, HAL, which also carries the total).
Phases:
  1 user     registered.manager refreshes "My team's tasks" again and again; interleaved, admin (no authorization
             check) asks the same questions through /task (candidate group registered-managers, assigned included):
             the ratio of the two medians is the cost of the authorization check in this run. Then the same refresh
             right after a change (admin claims and unclaims one of the team's tasks), which no stored answer
             survives (ADR 0005, decision 5): the cost of a refresh the database has to answer.
  20 users   twenty people at once (half registered.manager, the rest other roles) each refresh with a short pause;
             meanwhile a probe asks /actuator/health (a database check outside the engine API) every 0.5 s: it must
             keep answering while Tasklist is busy (the pool is not starved). With --writes-every S, admin claims and
             unclaims one of the team's tasks every S seconds meanwhile, as people working through their tasks do.
With --summary FILE the figures are also written as JSON; --compare BASE OTHER prints OTHER's p50 and p95 as ratios
of BASE's, row by row (scripts/benchmark-tasklist --compare-global: two configurations of one run).
Standard library only.
"""
import argparse
import base64
import http.client
import json
import random
import statistics
import sys
import threading
import time

PAGE_BODY = {"processVariables": [], "taskVariables": [], "caseInstanceVariables": [],
             "sorting": [{"sortBy": "created", "sortOrder": "desc"}]}
UNCHECKED_QUERY = {"candidateGroups": ["registered-managers"], "includeAssignedTasks": True}
OTHERS = ["deputy.manager", "line.manager", "line.manager2", "hr.lead", "senior.leader", "mentor"]


class Client:
    def __init__(self, host, port, user, password, timeout):
        self.host, self.port, self.timeout = host, port, timeout
        self.auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.conn = None

    def call(self, method, path, body=None, accept="application/json"):
        headers = {"Authorization": self.auth, "Accept": accept}
        data = None
        if body is not None:
            data = json.dumps(body)
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            start = time.perf_counter()
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                return response.status, time.perf_counter() - start, payload
            except (http.client.HTTPException, ConnectionError, OSError) as e:
                self.conn.close()
                self.conn = None
                if attempt == 2 or isinstance(e, TimeoutError):
                    return 0, time.perf_counter() - start, b""


def pct(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))]


def ms(value):
    return "n/a" if value != value else f"{value * 1000:.0f}"


def filters(client):
    status, _, payload = client.call("GET", "/engine-rest/filter")
    if status != 200:
        sys.exit(f"cannot list the filters ({status})")
    ids = {f["name"]: f["id"] for f in json.loads(payload)}
    return ids["My team's tasks"], ids["My tasks"]


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples = {}
        self.errors = {}

    def add(self, kind, status, seconds):
        with self.lock:
            if status == 200:
                self.samples.setdefault(kind, []).append(seconds)
            else:
                self.errors.setdefault(kind, {}).setdefault(status, 0)
                self.errors[kind][status] += 1


def refresh(client, team, mine, recorder):
    status, t, _ = client.call("GET", f"/engine-rest/filter/{team}/count")
    recorder.add("count", status, t)
    status, t, _ = client.call("GET", f"/engine-rest/filter/{mine}/count")
    recorder.add("count (My tasks)", status, t)
    status, t, _ = client.call("POST", f"/engine-rest/filter/{team}/list?firstResult=0&maxResults=15", PAGE_BODY,
                               accept="application/hal+json")
    recorder.add("page", status, t)


def change(client, task):
    """Two commits to a task the team sees: every stored Tasklist answer is out of date afterwards."""
    client.call("POST", f"/engine-rest/task/{task}/claim", {"userId": "registered.manager"})
    client.call("POST", f"/engine-rest/task/{task}/unclaim", {})


def unchecked(client, recorder):
    status, t, _ = client.call("POST", "/engine-rest/task/count", UNCHECKED_QUERY)
    recorder.add("count", status, t)
    status, t, _ = client.call("GET", "/engine-rest/task?candidateGroups=registered-managers&includeAssignedTasks=true"
                                      "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15",
                               accept="application/hal+json")
    recorder.add("page", status, t)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8094)
    parser.add_argument("--password", default="demo")
    parser.add_argument("--single-rounds", type=int, default=20)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=8, help="refreshes per user in the concurrent phase")
    parser.add_argument("--pause", type=float, default=1.0, help="mean pause between one user's refreshes, s")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--label", default="after")
    parser.add_argument("--writes-every", type=float, default=0,
                        help="in the 20-user phase, a change to one of the team's tasks every this many seconds")
    parser.add_argument("--summary", help="also write the figures to this JSON file")
    parser.add_argument("--compare", nargs=2, metavar=("BASE", "OTHER"), help="compare two --summary files and exit")
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
        return
    new = lambda user: Client(args.host, args.port, user, args.password, args.timeout)

    manager, admin = new("registered.manager"), new("admin")
    team, mine = filters(manager)
    status, _, payload = manager.call("GET", f"/engine-rest/filter/{team}/count")
    visible = json.loads(payload)["count"] if status == 200 else "?"
    status, _, payload = admin.call("GET", "/engine-rest/task/count")
    total = json.loads(payload)["count"] if status == 200 else "?"
    status, _, payload = admin.call("GET", "/engine-rest/task?candidateGroup=registered-managers&unassigned=true"
                                           "&firstResult=0&maxResults=1")
    task = json.loads(payload)[0]["id"]
    print(f"[benchmark-tasklist] {total} open tasks, {visible} in registered.manager's \"My team's tasks\"", flush=True)

    # warm-up: the first calls load classes, forms and caches
    for _ in range(args.warmup):
        refresh(manager, team, mine, Recorder())
        unchecked(admin, Recorder())

    checked_1, unchecked_1, changed_1 = Recorder(), Recorder(), Recorder()
    for _ in range(args.single_rounds):
        refresh(manager, team, mine, checked_1)
        unchecked(admin, unchecked_1)
        change(admin, task)
        refresh(manager, team, mine, changed_1)
    print(f"[benchmark-tasklist] 1 user done", flush=True)

    concurrent, probe = Recorder(), Recorder()
    done = threading.Event()

    def user_loop(user):
        client = new(user)
        time.sleep(random.uniform(0, args.pause))
        for _ in range(args.rounds):
            refresh(client, team, mine, concurrent)
            time.sleep(random.uniform(0.5, 1.5) * args.pause)

    def writer_loop():
        client = new("admin")
        while not done.wait(args.writes_every):
            change(client, task)

    def probe_loop():
        client = new("admin")
        while not done.is_set():
            status, t, _ = client.call("GET", "/actuator/health")
            probe.add("health", status, t)
            time.sleep(0.5)

    users = ["registered.manager" if i % 2 == 0 else OTHERS[(i // 2) % len(OTHERS)] for i in range(args.users)]
    threads = [threading.Thread(target=user_loop, args=(u,)) for u in users]
    prober = threading.Thread(target=probe_loop)
    writer = threading.Thread(target=writer_loop) if args.writes_every > 0 else None
    started = time.perf_counter()
    prober.start()
    if writer:
        writer.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    prober.join()
    if writer:
        writer.join()
    elapsed = time.perf_counter() - started
    print(f"[benchmark-tasklist] {args.users} users done in {elapsed:.0f} s", flush=True)

    summary = []

    def row(label, users, rec, kind, base=None):
        values = rec.samples.get(kind, [])
        summary.append({"request": label, "users": users, "n": len(values), "p50": pct(values, 50),
                        "p95": pct(values, 95), "label": args.label})
        errors = rec.errors.get(kind, {})
        ratio = ""
        if base is not None and base.samples.get(kind) and values:
            ratio = f"{statistics.median(values) / statistics.median(base.samples[kind]):.1f}x"
        err = ", ".join(f"{n} x {'timeout' if s == 0 else s}" for s, n in sorted(errors.items())) or "0"
        return (f"| {args.label} | {label} | {users} | {len(values)} | {ms(pct(values, 50))} | {ms(pct(values, 95))} "
                f"| {ms(max(values) if values else float('nan'))} | {err} | {ratio} |")

    print()
    print(f"| run | request | users | n | p50 ms | p95 ms | max ms | errors | checked / unchecked (p50) |")
    print(f"|---|---|---|---|---|---|---|---|---|")
    print(row("count, My team's tasks (registered.manager)", 1, checked_1, "count", unchecked_1))
    print(row("page, My team's tasks (registered.manager)", 1, checked_1, "page", unchecked_1))
    print(row("count, unchecked (admin, same query)", 1, unchecked_1, "count"))
    print(row("page, unchecked (admin, same query)", 1, unchecked_1, "page"))
    print(row("count, My tasks (registered.manager)", 1, checked_1, "count (My tasks)"))
    print(row("count, My team's tasks, right after a change", 1, changed_1, "count", unchecked_1))
    print(row("page, My team's tasks, right after a change", 1, changed_1, "page", unchecked_1))
    print(row("count, My tasks, right after a change", 1, changed_1, "count (My tasks)"))
    if args.users > 0:
        writes = f", a change every {args.writes_every:g} s" if args.writes_every > 0 else ""
        print(row(f"count, My team's tasks (mixed roles{writes})", args.users, concurrent, "count"))
        print(row(f"page, My team's tasks (mixed roles{writes})", args.users, concurrent, "page"))
        print(row(f"count, My tasks (mixed roles{writes})", args.users, concurrent, "count (My tasks)"))
        print(row("/actuator/health (database) meanwhile", args.users, probe, "health"))
    if args.summary:
        with open(args.summary, "w") as out:
            json.dump(summary, out)


def compare(base_file, other_file):
    """Row by row, the other configuration's p50 and p95 against the baseline's, measured in the same run."""
    with open(base_file) as f:
        base = {(r["request"], r["users"]): r for r in json.load(f)}
    with open(other_file) as f:
        other = json.load(f)
    print()
    print("| request | users | p50 ms | p95 ms | p50 vs {0} | p95 vs {0} |".format(next(iter(base.values()))["label"]))
    print("|---|---|---|---|---|---|")
    for r in other:
        b = base.get((r["request"], r["users"]))
        ratio = lambda k: "" if not b or not b[k] or b[k] != b[k] or r[k] != r[k] else f"{r[k] / b[k]:.2f}x"
        print(f"| {r['request']} | {r['users']} | {ms(r['p50'])} | {ms(r['p95'])} | {ratio('p50')} | {ratio('p95')} |")


if __name__ == "__main__":
    main()
