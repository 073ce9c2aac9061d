import Foundation
import PeerNetwork
import RapportApp
import Testing
import TerminalUI

/// `rapport team … --json` goes through the one JSON writer: what another member wrote comes
/// out exactly, with every control, C1 and bidi override escaped rather than replaced.
@Suite struct TeamReportTests {
    let now = Date(timeIntervalSince1970: 1_796_558_400)

    @Test func theBoardsJSONCarriesWhatMembersWroteExactlyAndSafely() throws {
        let hostile = "deck\u{1B}]52;c;ZXZpbA==\u{07} \u{9B}31m \u{202E}olleh \u{2028}end"
        let rows = TeamRows(
            team: "platform", members: [TeamRows.Member(role: "r_ana", name: "Ana \u{202E}Lima")],
            asks: [TeamRows.Ask(id: "a1", author: "r_ana", what: hostile, due: now, doneMeans: hostile, createdAt: now)],
            offers: [TeamRows.Offer(id: "o1", author: "r_ana", what: hostile, forAsk: nil, createdAt: now)],
            thanks: [TeamRows.Thanks(id: "t1", author: "r_ana", recipient: "r_ana", what: hostile, createdAt: now)],
            norms: [TeamRows.Norm(id: "n1", what: hostile, reviewOn: now)])
        let text = TeamReport.json(rows, me: "r_ana", now: now).rendered()
        #expect(!text.replacingOccurrences(of: "\n", with: "").unicodeScalars.contains(where: TextSanitizer.needsReplacing), "\(text)")
        let board = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let ask = try #require((board["asks"] as? [[String: Any]])?.first)
        #expect(ask["what"] as? String == hostile && ask["doneMeans"] as? String == hostile && ask["author"] as? String == "Ana \u{202E}Lima")
        let offer = try #require((board["offers"] as? [[String: Any]])?.first)
        #expect(offer["what"] as? String == hostile && offer["forAsk"] is NSNull)
        #expect((board["thanks"] as? [[String: Any]])?.first?["what"] as? String == hostile)
        #expect((board["charter"] as? [[String: Any]])?.first?["what"] as? String == hostile)
        let balance = try #require(try JSONSerialization.jsonObject(with: Data(TeamReport.balanceJSON(rows).rendered().utf8)) as? [[String: Any]])
        #expect(balance.first?["member"] as? String == "Ana \u{202E}Lima")
    }

    /// A member's text with line breaks stays on its item's line in the board and the round.
    @Test func aMembersLineBreaksStayOnTheirItemsLine() {
        let rows = TeamRows(
            team: "platform", members: [TeamRows.Member(role: "r_ana", name: "Ana Lima")],
            asks: [TeamRows.Ask(id: "a1", author: "r_ana", what: "review\nthe deck", due: now.addingTimeInterval(86_400), doneMeans: "comments\r\nin the doc", createdAt: now)],
            offers: [TeamRows.Offer(id: "o1", author: "r_ana", what: "Thursday\n- works", forAsk: nil, createdAt: now)])
        let board = TeamReport.board(rows, me: "r_ana", now: now)
        #expect(board.contains("Ana Lima: review the deck · by") && board.contains("done when comments in the doc\n"), "\(board)")
        #expect(board.contains("Ana Lima: Thursday - works\n") || board.hasSuffix("Ana Lima: Thursday - works"), "\(board)")
        let round = TeamReport.round(rows, now: now)
        #expect(round.contains("review the deck") && !round.contains("\n\\- works") && !round.contains("\n- works"), "\(round)")
    }
}
