#!/usr/bin/env python3
"""Where the time went, from stack samples.

  stacks.py FILE [--groups GROUPS_FILE] [--top N] [--threads REGEX]

FILE is either the text of `perf script` (on-CPU samples, needs DOTNET_PerfMapEnabled=1 for .NET
frames) or a speedscope JSON written by `dotnet-trace collect --format Speedscope` (sampled thread
time: every managed thread about every 10 ms, running or not; samples of idle threads, those whose
leaf is native code under a wait, are left out).
GROUPS_FILE has lines NAME=REGEX: a sample counts for a group when any frame of its stack matches,
so groups may overlap (a phase and its parts); a NAME starting with "leaf:" matches the leaf frame
only (where the CPU was, such as native runtime code for GC). Prints each group's share, then the frames with the
most samples inclusive and exclusive (self)."""
import argparse, collections, json, re, sys

IDLE = re.compile(r'Monitor\.Wait|WaitHandle|LowLevelLifoSemaphore|SocketAsyncEngine\.EventLoop|Thread\.Sleep|WaitOne|'
                  r'WaitForSignal|Interop\+Sys\.Read\(|TryReadEvent|BlockingCollection|ManualResetEvent|TryDequeue|GateThread', re.I)


def clean(sym):
    sym = re.sub(r'\[(OptimizedTier1OSR|OptimizedTier1|Optimized|InstrumentedTier1|InstrumentedTierOptimized|InstrumentedTier|Tier0|Tier1|QuickJitted|PreJIT)\]', '', sym)
    sym = re.sub(r'\+0x[0-9a-f]+$', '', sym)
    m = re.search(r'\[([\w.]+)\] ([\w.`+<>|$\[\],_]+::[\w.`+<>|$]+)\(', sym)  # perf map: "instance T [Assembly] Type::Method(args)"
    if m: return f'{m.group(1)}!{m.group(2)}'
    return re.sub(r'\(.*$', '', sym)


def perf_samples(lines):
    """Yields (weight, frames leaf-first) from `perf script` text."""
    stack = []
    for line in lines:
        if not line.strip():
            if stack: yield 1.0, stack
            stack = []
        elif line[0] in ' \t':
            m = re.match(r'\s+[0-9a-f]+\s+(.*)\s+\((.*)\)$', line.rstrip('\n'))
            if m:
                sym, dso = m.group(1), m.group(2)
                stack.append(f'?? in {dso.split("/")[-1]}' if sym.startswith('[unknown]') else clean(sym))
        else:
            if stack: yield 1.0, stack
            stack = []
    if stack: yield 1.0, stack


def speedscope_samples(doc, threads):
    frames = [f['name'] for f in doc['shared']['frames']]
    for profile in doc['profiles']:
        if threads and not re.search(threads, profile.get('name', '')): continue
        stack, last = [], None
        for e in profile['events']:
            if last is not None and stack:
                names = [frames[i] for i in stack]
                idle = names[-1] == 'UNMANAGED_CODE_TIME' and any(IDLE.search(n) for n in names[-6:])
                if not idle:
                    leaf = names[-1]
                    real = [clean(n) for n in reversed(names) if n not in ('CPU_TIME', 'UNMANAGED_CODE_TIME')]
                    if leaf == 'UNMANAGED_CODE_TIME' and real: real[0] += ' [in native code]'
                    yield e['at'] - last, real
            if e['type'] == 'O': stack.append(e['frame'])
            elif stack: stack.pop()
            last = e['at']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('file'); ap.add_argument('--groups'); ap.add_argument('--top', type=int, default=20)
    ap.add_argument('--threads', help='speedscope only: thread names to keep (regex)')
    a = ap.parse_args()
    groups = []
    if a.groups:
        for line in open(a.groups):
            if line.strip() and not line.startswith('#'):
                name, rx = line.rstrip('\n').split('=', 1)
                groups.append((name, re.compile(rx)))
    with open(a.file) as f:
        head = f.read(1); f.seek(0)
        samples = speedscope_samples(json.load(f), a.threads) if head == '{' else perf_samples(f)
        total = 0.0; inclusive = collections.Counter(); exclusive = collections.Counter(); grouped = collections.Counter()
        for weight, names in samples:
            total += weight
            exclusive[names[0]] += weight
            for n in set(names): inclusive[n] += weight
            for name, rx in groups:
                if any(rx.search(n) for n in (names[:1] if name.startswith('leaf:') else names)): grouped[name] += weight
    unit = 'samples' if head != '{' else 'ms of thread time'
    print(f'{total:.0f} {unit}')
    if groups:
        print('\nGROUPS (a sample counts for every group with a frame on its stack)')
        for name, _ in groups: print(f'  {100 * grouped[name] / total:5.1f}%  {name}')
    print('\nTOP INCLUSIVE'); [print(f'  {100 * v / total:5.1f}%  {k[:160]}') for k, v in inclusive.most_common(a.top)]
    print('\nTOP SELF'); [print(f'  {100 * v / total:5.1f}%  {k[:160]}') for k, v in exclusive.most_common(a.top)]


if __name__ == '__main__':
    main()
