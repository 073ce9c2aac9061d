import Foundation
import Testing
@testable import PeerNetwork

@Suite struct SiloRuleTests {
    @Test func aDepartmentWithNobodyAsksTheMostTrustedForAnIntro() throws {
        var fixture = ReviewFixture()
        fixture.person(1, "Zoë Laurent", team: "Sales", trust: 5)
        fixture.person(2, "Low Trust", team: "Sales", trust: 2)
        fixture.input.departments = ["Legal", "sales"]
        let insight = try #require(fixture.insights(SiloRule.self).first)
        #expect(insight.key == "silo:legal")
        #expect(insight.why == "No one in Legal in your network")
        #expect(insight.colleagueName == "Zoë Laurent")
        #expect(insight.action == "Ask Zoë for an introduction to someone in Legal")
        #expect(fixture.insights(SiloRule.self).count == 1, "Sales was contacted recently, and counted once")
    }

    @Test func aDepartmentNobodyContactedForAMonthNamesItsMostVital() throws {
        var fixture = ReviewFixture()
        fixture.person(1, "Priya Raman", team: "Legal", vital: 4, lastContactDaysAgo: 40)
        fixture.person(2, "Ines Legal", team: "Legal", vital: 2, lastContactDaysAgo: 31)
        fixture.person(3, "Recent", team: "Sales", lastContactDaysAgo: 30)
        let insights = fixture.insights(SiloRule.self)
        #expect(insights.count == 1)
        #expect(insights[0].why == "Nobody in Legal contacted for 4w")
        #expect(insights[0].colleagueName == "Priya Raman")
        #expect(insights[0].action == "Catch up with Priya on what Legal is working on")
    }

    /// After an import of partners, their companies' teams are no silos of the user's organisation.
    @Test func onlyYourOwnOrganisationsPeopleCount() {
        var fixture = ReviewFixture()
        fixture.person(1, "Priya Raman", team: "Legal", lastContactDaysAgo: 2)
        var partner = fixture.person(2, "Ömer Yılmaz", team: "Procurement", lastContactDaysAgo: 90)
        partner.organisation = "Contoso"
        fixture.input.people[1].colleague = partner
        #expect(fixture.insights(SiloRule.self).map(\.key) == ["silo:procurement"], "with no organisation set, everyone counts")
        fixture.input.organisation = "Northwind"
        #expect(fixture.insights(SiloRule.self).isEmpty, "a partner's team is not a silo")
        partner.organisation = "northwind"
        fixture.input.people[1].colleague = partner
        #expect(fixture.insights(SiloRule.self).map(\.key) == ["silo:procurement"], "the same organisation in another case")
    }

    @Test func colleaguesWithoutATeamAreNoDepartment() {
        var fixture = ReviewFixture()
        fixture.person(1, "Loner", lastContactDaysAgo: 90)
        #expect(fixture.insights(SiloRule.self).isEmpty)
    }
}
