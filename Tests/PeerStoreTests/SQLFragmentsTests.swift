@testable import PeerStore
import Testing

@Suite struct SQLFragmentsTests {
    @Test func doubleQuotingDoublesEveryQuoteInside() {
        #expect(SQLFragments.doubleQuoted("") == "\"\"")
        #expect(SQLFragments.doubleQuoted("name") == "\"name\"")
        #expect(SQLFragments.doubleQuoted("\"") == "\"\"\"\"")
        #expect(SQLFragments.doubleQuoted("rae \"ray\" quinn") == "\"rae \"\"ray\"\" quinn\"")
        #expect(SQLFragments.doubleQuoted("\"\"x") == "\"\"\"\"\"x\"")
        #expect(SQLFragments.doubleQuoted("田中 \"é\"") == "\"田中 \"\"é\"\"\"")
    }
}
