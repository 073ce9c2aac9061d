import Foundation
import Testing

/// The PostgreSQL the team tests of the binary run against (`RAPPORT_TEST_PG`, an
/// administrator's connection): without it they say loudly they were skipped; under CI=true
/// they fail.
enum TeamTestServer {
    static func conninfo(for test: String) -> String? {
        if let conninfo = ProcessInfo.processInfo.environment["RAPPORT_TEST_PG"] { return conninfo }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("RAPPORT_TEST_PG is not set: CI must run the team tests against PostgreSQL (.ci/run starts one)")
        } else {
            print("⚠️  SKIPPED: \(test) needs PostgreSQL. Run: eval \"$(Scripts/pg-test-cluster start)\" before swift test")
        }
        return nil
    }
}
