#!/usr/bin/env python3
"""Drives two replicas as people would: a maintainer invites a staff address to listings, staff sign in
from the e-mail (on replica A) and edit phones through both replicas in turn with the same session,
while searches run against both. Then checks that both replicas serve the same content version and
every edit. Prints every figure on a line starting with an upper-case tag.

    drive.py BASE_A BASE_B PICKUP_FOLDER PID_A PID_B LISTING_ID...

Environment: EDITS (200), SEARCHERS (4 threads), MAINTAINER, STEP (100 edits between memory samples),
ARRIVAL_EVERY (1: every edit's arrival on the other replica is timed; 10: every tenth, for long runs).
"""
import email
import email.policy
import glob
import html.parser
import http.cookiejar
import json
import os
import re
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

base_a, base_b, pickup, pid_a, pid_b, *listings = sys.argv[1:]
edits = int(os.environ.get("EDITS", "200"))
searchers = int(os.environ.get("SEARCHERS", "4"))
step = int(os.environ.get("STEP", "100"))
arrival_every = int(os.environ.get("ARRIVAL_EVERY", "1"))
maintainer = os.environ.get("MAINTAINER", "maintainer@example.org")
staff = "front-desk@example.org"
ZIPS = ["02139", "10001", "60601", "94103", "73301", "98101", "30301", "80202", "33101", "19103"]


class Forms(html.parser.HTMLParser):
    """The inputs of every form on a page, as a browser would post them (checked boxes only)."""

    def __init__(self):
        super().__init__()
        self.forms, self.current, self.textarea = [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.current = {"id": a.get("id"), "action": a.get("action"), "inputs": []}
            self.forms.append(self.current)
        elif self.current is not None and tag == "input" and a.get("name"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            if a.get("type") in ("submit", "button"):
                return
            self.current["inputs"].append([a["name"], a.get("value") or ""])
        elif self.current is not None and tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.current["inputs"].append(self.textarea)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "form":
            self.current = None


class Person:
    """One browser: a cookie jar shared by both replicas (the portal's session lives in the database)."""

    def __init__(self, address):
        self.address = address
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, url):
        with self.opener.open(url, timeout=60) as r:
            return r.status, r.read().decode()

    def post(self, url, fields):
        data = urllib.parse.urlencode(fields).encode()
        try:
            with self.opener.open(urllib.request.Request(url, data=data), timeout=60) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def forms(self, url):
        status, page = self.get(url)
        parser = Forms()
        parser.feed(page)
        return parser.forms

    def token(self, url):
        for form in self.forms(url):
            for name, value in form["inputs"]:
                if name == "__RequestVerificationToken":
                    return value
        raise SystemExit(f"no antiforgery token on {url}")

    def sign_in(self, base):
        seen = set(glob.glob(os.path.join(pickup, "*.eml")))
        status, _ = self.post(f"{base}/manage/sign-in", {"email": self.address, "__RequestVerificationToken": self.token(f"{base}/manage/sign-in")})
        assert status == 200, f"sign-in request answered {status}"
        code = None
        for _ in range(600):
            for path in set(glob.glob(os.path.join(pickup, "*.eml"))) - seen:
                with open(path, "rb") as f:
                    message = email.message_from_binary_file(f, policy=email.policy.default)
                if self.address in str(message["To"]):
                    code = re.search(r"\b(\d{6})\b", message.get_body(("plain",)).get_content()).group(1)
            if code:
                break
            time.sleep(0.05)
        assert code, f"no sign-in message for {self.address} in {pickup}"
        status, page = self.post(f"{base}/manage/sign-in", {"email": self.address, "code": code, "__RequestVerificationToken": self.token(f"{base}/manage/sign-in")})
        assert status == 200 and "sign-out" in page, f"signing in with the code answered {status}"


def api(base, path):
    with urllib.request.urlopen(base + path, timeout=60) as r:
        return json.loads(r.read())


def rss(pid):
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) // 1024 for line in f if line.startswith("VmRSS"))


def search_load(stop, counts):
    n = 0
    while not stop.is_set():
        base = (base_a, base_b)[n % 2]
        zip_ = ZIPS[n % len(ZIPS)]
        try:
            with urllib.request.urlopen(f"{base}/api/programs?near={zip_}&radius=50&q=outpatient", timeout=30) as r:
                r.read()
                counts["ok" if r.status == 200 else "bad"] += 1
        except Exception as e:
            counts["bad"] += 1
            if counts["bad"] <= 3:
                print(f"SEARCH failed on {base}: {e}", file=sys.stderr, flush=True)
        n += 1


def main():
    # The maintainer signs in on B and invites the front desk to every listing used; staff sign in on A.
    boss = Person(maintainer)
    boss.sign_in(base_b)
    for listing in listings:
        status, _ = boss.post(f"{base_b}/manage/review?handler=invite", {"listing": listing, "email": staff, "__RequestVerificationToken": boss.token(f"{base_b}/manage/review")})
        assert status == 200, f"inviting to {listing} answered {status}"
    desk = Person(staff)
    desk.sign_in(base_a)

    stop, counts = threading.Event(), {"ok": 0, "bad": 0}
    threads = [threading.Thread(target=search_load, args=(stop, counts), daemon=True) for _ in range(searchers)]
    for t in threads:
        t.start()

    started, last_phone, arrival = time.time(), {}, []
    saves = {"saved": 0, "conflict": 0, "failed": 0}
    print(f"MEMORY edits=0 rss_mb a={rss(pid_a)} b={rss(pid_b)}", flush=True)
    for i in range(1, edits + 1):
        listing = listings[i % len(listings)]
        via, other = (base_a, base_b) if i % 2 else (base_b, base_a)
        url = f"{via}/manage/listings/{listing}"
        editor = next(f for f in desk.forms(url) if f["id"] == "editor")
        phone = f"617-555-{i % 10000:04d}"
        fields = [(k, phone if k == "contact.phone" else v) for k, v in editor["inputs"]]
        status, page = desk.post(url, fields)
        if status == 200 and 'id="save-outcome"' in page:
            saves["saved"] += 1
        elif 'id="conflict"' in page:
            saves["conflict"] += 1
            continue
        else:
            saves["failed"] += 1
            print(f"FAILED edit={i} listing={listing} via={via} status={status}", file=sys.stderr)
            continue
        last_phone[listing] = phone
        if i % arrival_every == 0:
            # The other replica serves the edit: measured from the save's answer.
            t0 = time.time()
            while phone not in json.dumps(api(other, f"/api/programs/{listing}")):
                if time.time() - t0 > 60:
                    break
                time.sleep(0.05)
            arrival.append(time.time() - t0)
        if i % step == 0:
            print(f"MEMORY edits={i} rss_mb a={rss(pid_a)} b={rss(pid_b)}", flush=True)
    stop.set()
    for t in threads:
        t.join()
    elapsed = time.time() - started

    late = sum(1 for s in arrival if s > 5)
    print(f"EDITS made={edits} saved={saves['saved']} conflicts={saves['conflict']} failed={saves['failed']} in {elapsed:.0f} s", flush=True)
    if arrival:
        arrival.sort()
        print(f"ARRIVAL on the other replica: p50={statistics.median(arrival):.2f} s p95={arrival[int(len(arrival) * 0.95) - 1]:.2f} s max={arrival[-1]:.2f} s over_5s={late}", flush=True)
    print(f"SEARCHES ok={counts['ok']} failed={counts['bad']} ({counts['ok'] / elapsed:.0f}/s during the edits)", flush=True)

    # Both replicas settle on the same catalog, holding every edit.
    deadline, same = time.time() + 60, False
    while time.time() < deadline:
        va, vb = api(base_a, "/api/status"), api(base_b, "/api/status")
        if va.get("version") == vb.get("version"):
            same = True
            break
        time.sleep(0.2)
    missing = [(base, listing) for listing, phone in last_phone.items() for base in (base_a, base_b)
               if phone not in json.dumps(api(base, f"/api/programs/{listing}"))]
    print(f"CHECK same_version={same} version={va.get('version')} edits_missing={len(missing)}", flush=True)
    ok = same and not missing and saves["failed"] == 0 and counts["bad"] == 0 and late == 0
    print("RESULT " + ("ok" if ok else "FAILED"), flush=True)
    sys.exit(0 if ok else 1)


main()
