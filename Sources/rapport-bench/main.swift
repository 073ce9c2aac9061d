import Foundation
import PeerNetwork
import PeerStore

// What a user feels, measured beside the tool they would otherwise run, in one run:
//   make build && swift run -c release rapport-bench [--stress] [--db PATH] [--rapport PATH] [--tools DIR]
// The heavy network (2,000 colleagues, 100,000 interactions) by default; --stress is 10,000 and
// 1,000,000. --colleagues and --interactions set other sizes; --db keeps and reuses a database.
// --team CONNINFO measures team mode instead, against that server (TeamLoad).
// --rapport is the binary measured (default: `make build`'s); --tools holds ttff.py and
// keylat.py (default ../shared/tools). Needs abook and taskwarrior for the peers
// (apt-get install -y abook taskwarrior). A benchmark, not a test: a shared machine's figures
// vary from run to run, so each is a median or a percentile of many, peers taken in turn.

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
if let admin = option("--team") {
    try TeamLoad.run(admin: admin)
    exit(0)
}
let stress = arguments.contains("--stress")
let colleagueCount = option("--colleagues").flatMap(Int.init) ?? (stress ? 10_000 : 2_000)
let interactionCount = option("--interactions").flatMap(Int.init) ?? (stress ? 1_000_000 : 100_000)
let path = option("--db") ?? FileManager.default.temporaryDirectory.appendingPathComponent("rapport-bench-\(getpid()).sqlite").path
let tools = option("--tools") ?? "../shared/tools"
guard let binary = option("--rapport") ?? [".build-release/release/rapport", ".build/release/rapport"].first(where: FileManager.default.fileExists) else {
    print("No rapport binary: run `make build`, or pass --rapport PATH.")
    exit(1)
}
guard FileManager.default.fileExists(atPath: "\(tools)/ttff.py") else {
    print("No \(tools)/ttff.py: pass --tools DIR.")
    exit(1)
}

/// A shared pty script's one-line result, e.g. "ttff_ms min=… median=12.3 …", as a dictionary.
func measure(_ script: String, _ arguments: [String]) -> [String: Double] {
    guard let result = try? ChildProcess.run(["python3", "\(tools)/\(script)"] + arguments) else { return [:] }
    let fields = result.output.split(separator: " ").compactMap { field -> (String, Double)? in
        let parts = field.split(separator: "=")
        guard parts.count == 2, let value = Double(parts[1].trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return (String(parts[0]), value)
    }
    return Dictionary(fields, uniquingKeysWith: { first, _ in first })
}
func median(_ values: [Double]) -> Double { values.isEmpty ? .nan : values.sorted()[values.count / 2] }

let now = Date()
// Generated through a connection of its own, closed before anything is measured, so its WAL is
// folded into the file as a real import's is when it exits.
if try AppDatabase(path: path).colleagueCount() == 0 {
    let start = Date()
    try BenchNetwork.generate(try AppDatabase(path: path), colleagues: colleagueCount, interactions: interactionCount, now: now)
    print(String(format: "Generated %d colleagues and %d interactions in %.1f s.", colleagueCount, interactionCount, Date().timeIntervalSince(start)))
}
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-bench-peers-\(getpid())")
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: scratch) }

var table = BenchTable(title: "\(colleagueCount) colleagues, \(interactionCount) interactions; \(binary)")
let firstListed = BenchNetwork.firstListed(colleagues: colleagueCount)
let abook = Peers.installed("abook")
let abookFile = try Peers.abookFile(colleagues: colleagueCount, in: scratch)

// First frames, one of each a round, so a busy minute on a shared host falls on all alike.
var frames: [String: [Double]] = [:]
let frameCommands: [(String, String, [String])] = [
    ("abook", firstListed, abook.map { [$0, "--datafile", abookFile] } ?? []),
    ("rapport", firstListed, [binary, "--db", path]),
    ("demo", "Dana", [binary, "--demo"]),
].filter { !$0.2.isEmpty }
for _ in 0..<15 {
    for (label, pattern, command) in frameCommands {
        if let time = measure("ttff.py", ["-n", "1", pattern, "--"] + command)["median"] { frames[label, default: []].append(time) }
    }
}
let abookFrame = median(frames["abook"] ?? [])
table.add("first frame", median(frames["rapport"] ?? []), peer: ("abook", abookFrame), target: .atMost(abookFrame + 20, "abook + 20 ms"))

// Keys at 200x50, each timed from its keypress to the frame it draws. keylat.py sends one
// character a key: PgDn and PgUp are their Ctrl-F and Ctrl-B bindings.
let abookKeys = abook.map { measure("keylat.py", ["-n", "200", firstListed, "jk", "--", $0, "--datafile", abookFile]) } ?? [:]
for (label, pre, keys) in [
    ("j/k", "", "jk"), ("PgDn/PgUp", "", "\u{06}\u{06}\u{06}\u{02}\u{02}\u{02}"), ("screen switch 1/3 (log)", "", "31"),
    ("screen switch 1/2 (map)", "", "21"), ("a filter keystroke, typed and erased", "/", "ana Ko\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}"),
    ("s (sort by the next column)", "", "s"),
] {
    let result = measure("keylat.py", ["-n", "120"] + (pre.isEmpty ? [] : ["--pre", pre]) + [firstListed, keys, "--", binary, "--db", path])
    table.add("\(label), p99", result["p99"] ?? .nan, peer: ("abook j/k", abookKeys["p99"] ?? .nan), target: .atMost(16, "one frame"))
    // The stress size's earlier figures for these two were medians.
    if pre == "/" || keys == "s" { table.add("\(label), median", result["median"] ?? .nan) }
}
// The review, first time in a fresh process: read ahead in the background after the first frame
// (keylat waits for 400 ms of quiet, longer than that read takes at the stress size).
let reviews = (0..<7).map { _ in measure("keylat.py", ["-n", "1", "--idle", "400", firstListed, "4", "--", binary, "--db", path])["median"] ?? .nan }
table.add("4, the review screen, first time", median(reviews), target: .atMost(50, "50 ms"))

let jsonCommand = [binary, "review", "--json", "--db", path]
let json = median(try (0..<15).map { _ in try ChildProcess.run(jsonCommand, discarding: true).seconds * 1000 })
table.add("rapport review --json", json, target: .atMost(100, "100 ms"))
if let peak = try ChildProcess.peakKilobytes(jsonCommand, scratch: scratch) {
    table.add("rapport review --json, peak memory", Double(peak) / 1024, unit: "MB")
}

// A one-line log from the shell, beside taskwarrior adding a task to 2,000, in turn.
if let task = Peers.installed("task") {
    _ = try Peers.taskwarrior(tasks: 2_000, in: scratch, task: task)
    let copy = scratch.appendingPathComponent("log.sqlite").path
    try FileManager.default.copyItem(atPath: path, toPath: copy)
    var logs: [Double] = [], adds: [Double] = []
    for index in 0..<41 {
        logs.append(try ChildProcess.run([binary, "log", "--db", copy, "\(BenchNetwork.name(42)) gave bench \(index)"], discarding: true).seconds * 1000)
        adds.append(try ChildProcess.run([task, "add", "bench \(index)"], discarding: true).seconds * 1000)
    }
    let add = median(adds)
    table.add("rapport log NAME gave …", median(logs), peer: ("task add", add), target: .atMost(add * 1.5, "1.5x task add"))
} else {
    print("(taskwarrior is not installed: apt-get install -y taskwarrior for the log's peer)")
}
table.add("rapport --demo, first frame", median(frames["demo"] ?? []), peer: ("abook", abookFrame), target: .atMost(40, "40 ms"))

// An import of 50 MB of vCards into an empty database, as a dry run: its peak memory.
let cards = try Peers.vcards(bytes: 50_000_000, in: scratch)
let importCommand = [binary, "import", "--dry-run", "--db", scratch.appendingPathComponent("import.sqlite").path, cards]
let importTime = try ChildProcess.run(importCommand, discarding: true).seconds
if let peak = try ChildProcess.peakKilobytes(importCommand, scratch: scratch) {
    table.add(String(format: "import 50 MB of vCards (%.1f s), peak memory", importTime), Double(peak) / 1024, unit: "MB", target: .atMost(150, "150 MB"))
}
// A ten-year calendar of 5,000 meetings, 200 of them series: `calendar pending` reads and
// expands it whole, and the first frame with it configured is read beside the one without.
let calendarFile = try BenchCalendar.write(events: 5_000, recurring: 200, years: 10, now: now, in: scratch)
let withCalendar = scratch.appendingPathComponent("calendar.sqlite").path
try FileManager.default.copyItem(atPath: path, toPath: withCalendar)
_ = try ChildProcess.run([binary, "calendar", "add", "--db", withCalendar, calendarFile], discarding: true)
let pending = median(try (0..<15).map { _ in try ChildProcess.run([binary, "calendar", "pending", "--db", withCalendar], discarding: true).seconds * 1000 })
table.add("rapport calendar pending, 10 years, 5,000 events", pending, target: .atMost(100, "100 ms"))
var calendarFrames: [Double] = [], plainFrames: [Double] = []
for _ in 0..<15 {
    if let time = measure("ttff.py", ["-n", "1", firstListed, "--", binary, "--db", withCalendar])["median"] { calendarFrames.append(time) }
    if let time = measure("ttff.py", ["-n", "1", firstListed, "--", binary, "--db", path])["median"] { plainFrames.append(time) }
}
let plainFrame = median(plainFrames)
table.add("first frame, that calendar configured", median(calendarFrames), peer: ("without", plainFrame), target: .atMost(plainFrame * 1.1 + 2, "no slower"))
print(table.text)
if stress { print(StressBaseline.comparison(table)) }
