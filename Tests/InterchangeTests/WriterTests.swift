import Foundation
import PeerNetwork
import Testing
@testable import Interchange

@Suite struct WriterTests {
    @Test func vcardsRoundTripThroughTheReader() throws {
        let cards = [
            Colleague(name: "Dana Whitfield", role: "Director, FP&A", team: "Finance", email: "dana@example.com", tags: ["exec", "budget"],
                      notes: "Wants numbers; not narratives.\nSecond line \\ backslash", uid: "6f1e7c2a-0000-4000-8000-000000000001"),
            Colleague(name: "陈静 (Chen Jing)", notes: String(repeating: "é", count: 100), uid: "custom-uid"),
        ]
        let text = VCardWriter.write(cards)
        let file = try VCardReader.read(text, file: "out.vcf")
        #expect(file.records.map(\.uid) == ["6f1e7c2a-0000-4000-8000-000000000001", "custom-uid"])
        #expect(file.records.map(\.name) == cards.map(\.name))
        #expect(file.records[0].role == "Director, FP&A")
        #expect(file.records[0].team == "Finance")
        #expect(file.records[0].tags == ["exec", "budget"])
        #expect(file.records[0].notes == cards[0].notes)
        #expect(file.records[1].notes == cards[1].notes)
        #expect(file.notImported.isEmpty)
        #expect(text.contains("UID:urn:uuid:6f1e7c2a-0000-4000-8000-000000000001\r\n"))
    }

    @Test func contentLinesAreFoldedAt75OctetsWithoutSplittingCharacters() {
        let folded = ContentFolding.fold("NOTE:" + String(repeating: "é", count: 100))
        let lines = folded.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(folded.hasSuffix("\r\n"))
        #expect(lines.map { String($0.drop(while: { $0 == " " })) }.joined().hasSuffix(String(repeating: "é", count: 100)))
    }

    @Test func todosUseDueDatesStableUIDsAndEscaping() {
        let todo = ICalendarWriter.Todo(
            uid: "need-3@rapport", summary: "Sign-off from Dana; budget, Q3", description: "line one\nline two",
            due: DateComponents(year: 2027, month: 3, day: 15))
        let text = ICalendarWriter.write([todo], stamp: Date(timeIntervalSince1970: 1_795_532_400))
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.contains("UID:need-3@rapport\r\n"))
        #expect(text.contains("DUE;VALUE=DATE:20270315\r\n"))
        #expect(text.contains("SUMMARY:Sign-off from Dana\\; budget\\, Q3\r\n"))
        #expect(text.contains("DESCRIPTION:line one\\nline two\r\n"))
        #expect(text.contains("DTSTAMP:20261124T"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
    }
}
