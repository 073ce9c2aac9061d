import Testing
@testable import PeerNetwork

@Suite struct FilterMatchTests {
    let dana = Colleague(name: "Dana Whitfield", team: "Finance", notes: "Wants numbers,\nnot narratives.",
                         agenda: "Hold opex flat while funding the data platform", valuedInfo: "Churn numbers")

    @Test func aMatchOutsideTheTableSaysWhere() {
        #expect(FilterMatch.hiddenField(of: dana, matching: "opex") == "agenda: Hold opex flat while funding…")
        #expect(FilterMatch.hiddenField(of: dana, matching: "NARRATIVES") == "notes: not narratives.")
        #expect(FilterMatch.hiddenField(of: dana, matching: "churn") == "values: Churn numbers")
        #expect(FilterMatch.hiddenField(of: dana, matching: "fin") == nil, "the team is on screen already")
        #expect(FilterMatch.hiddenField(of: dana, matching: "") == nil)
    }
}
