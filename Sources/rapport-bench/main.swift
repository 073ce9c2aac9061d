import Foundation
import PeerNetwork
import PeerStore

// Builds a 10,000-colleague, 1,000,000-interaction database and prints how long the queries
// behind `rapport list`, `rapport balance` and `rapport review` take on it. Usage:
//   swift run -c release rapport-bench [--colleagues N] [--interactions N] [--db PATH]
// A benchmark, not a test: figures on a shared machine vary from run to run.

func option(_ name: String, default value: Int) -> Int {
    guard let index = CommandLine.arguments.firstIndex(of: name), index + 1 < CommandLine.arguments.count,
          let parsed = Int(CommandLine.arguments[index + 1]) else { return value }
    return parsed
}

func seconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(runs: Int = 5, _ work: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try seconds(work)) }
    return times.sorted()[runs / 2]
}

let colleagueCount = option("--colleagues", default: 10_000)
let interactionCount = option("--interactions", default: 1_000_000)
let path: String = {
    if let index = CommandLine.arguments.firstIndex(of: "--db"), index + 1 < CommandLine.arguments.count {
        return CommandLine.arguments[index + 1]
    }
    return FileManager.default.temporaryDirectory.appendingPathComponent("rapport-bench-\(getpid()).sqlite").path
}()

let now = Date()
let database = try AppDatabase(path: path)
if try database.colleagueCount() == 0 {
    var generator = SystemRandomNumberGenerator()
    let teams = ["Finance", "Sales", "Engineering", "Legal", "Marketing", "Operations", "People", "Support"]
    let colleagues = (0..<colleagueCount).map { index in
        Colleague(
            name: "Colleague \(index)", team: teams[index % teams.count], tags: index.isMultiple(of: 10) ? ["exec"] : [],
            stance: Stance.allCases[index % Stance.allCases.count],
            ratings: Ratings(vital: 1 + index % 5, frequency: 1 + (index / 5) % 5, quality: 1 + (index / 25) % 5, trust: 1 + (index / 7) % 5))
    }
    // Three years of history, one to three colleagues each.
    let interactions = (0..<interactionCount).map { _ in
        let people = (0..<Int.random(in: 1...3, using: &generator)).map { _ in Int64.random(in: 0..<Int64(colleagueCount), using: &generator) }
        return Interaction(
            occurredAt: now.addingTimeInterval(-Double.random(in: 0..<(3 * 365 * 86_400), using: &generator)),
            colleagueIDs: people, direction: Direction.allCases.randomElement(using: &generator)!,
            kind: InteractionKind.allCases.randomElement(using: &generator)!,
            minutes: Bool.random(using: &generator) ? Int.random(in: 5...120, using: &generator) : nil, note: "benchmark note")
    }
    let generation = try seconds {
        try database.load(AppDatabase.NetworkSnapshot(colleagues: colleagues, ratingHistory: [], stanceHistory: [], interactions: interactions, weeklyBudgetHours: 4), at: now)
    }
    print(String(format: "generated %d colleagues, %d interactions in %.1fs", colleagueCount, interactionCount, generation))
}
let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
print("database: \(path) (\(size / 1_048_576) MiB)")

var rows = 0
for sort in [ColleagueSort.name, .balance, .last] {
    let time = try median { rows = try database.colleagueSummaries(now: now, sort: sort).count }
    let label = "list --sort \(sort.rawValue), all \(rows) rows".padding(toLength: 36, withPad: " ", startingAt: 0)
    print(label + String(format: ": %7.1f ms", time * 1000))
}
let screen = try median { rows = try database.colleagueSummaries(now: now, sort: .balance, limit: 50).count }
print(String(format: "list, one screen (50 rows)          : %7.1f ms", screen * 1000))
let overall = try median { _ = try database.balance(now: now) }
print(String(format: "balance, overall                    : %7.1f ms", overall * 1000))
let single = try median { _ = try database.balance(of: 42, now: now) }
print(String(format: "balance, one colleague              : %7.1f ms", single * 1000))
let timeline = try median { _ = try database.interactions(limit: 100) }
print(String(format: "log, first page (100)               : %7.1f ms", timeline * 1000))
var insightCount = 0
let reviewInput = try median { _ = try database.reviewInput(now: now, calendar: .iso8601Local) }
print(String(format: "review, reading its input           : %7.1f ms", reviewInput * 1000))
let input = try database.reviewInput(now: now, calendar: .iso8601Local)
let reviewRules = median { insightCount = Review.build(input, now: now).insights.count }
print(String(format: "review, the rules (%5d insights)  : %7.1f ms", insightCount, reviewRules * 1000))
