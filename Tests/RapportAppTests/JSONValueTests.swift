import Foundation
import PeerNetwork
import Testing
@testable import RapportApp

@Suite struct JSONValueTests {
    /// The eight-bytes-at-a-time test must say what the byte-at-a-time one says, for every byte
    /// value at every place in a word, and for strings of every length around a word's.
    @Test func plainBytesAreFoundEightAtATimeAsOneAtATime() {
        for value in 0...255 {
            for position in 0..<8 {
                var word = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                word[position] = UInt8(value)
                let packed = word.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(JSONPlainBytes.isPlain(packed) == JSONPlainBytes.isPlain(UInt8(value)), "byte \(value) at \(position)")
            }
        }
        var random = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array(0x1E...0x24) + [0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xC3, 0xA9, 0xFF]
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in
                Bool.random(using: &random) ? UInt8(ascii: "x") : alphabet.randomElement(using: &random)!
            }
            let expected = bytes.allSatisfy(JSONPlainBytes.isPlain)
            #expect(bytes.withUnsafeBufferPointer(JSONPlainBytes.contains(only:)) == expected, "\(bytes)")
        }
    }

    @Test func numbersAndStringsAreWrittenAsBefore() {
        #expect(JSONValue.int(0).rendered() == "0")
        #expect(JSONValue.int(-5).rendered() == "-5")
        #expect(JSONValue.int(1_234_567_890).rendered() == "1234567890")
        #expect(JSONValue.int(.min).rendered() == "-9223372036854775808")
        #expect(JSONValue.int(.max).rendered() == "9223372036854775807")
        #expect(JSONValue.double(42).rendered() == "42")
        #expect(JSONValue.double(-0.125).rendered() == "-0.125")
        #expect(JSONValue.string("plain text, twelve+ bytes").rendered() == "\"plain text, twelve+ bytes\"")
        #expect(JSONValue.string("a \"quote\" and a \\ back\tslash, Zoë\u{1B}").rendered() == #""a \"quote\" and a \\ back\tslash, Zoë\u001b""#)
        #expect(JSONValue.object([("n", .array([.null, .bool(true)]))]).rendered() == "{\n  \"n\": [\n    null,\n    true\n  ]\n}")
    }

    /// A big review's JSON is made on two threads, its insights written ahead at their depth:
    /// the text must be what one thread writes, printed at that depth or at any other.
    @Test func aReviewMadeOnTwoThreadsReadsAsOneThreadMakesIt() {
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        let people = (1...40).map { index in
            ReviewInput.Person(
                colleague: Colleague(id: ColleagueID(index), name: "Vital \(index) \"Quoted\"", agenda: index.isMultiple(of: 2) ? "Q\(index) plan" : "",
                                     ratings: Ratings(vital: 5, frequency: 1, quality: 2, trust: 3)),
                addedAt: now.addingTimeInterval(-90 * 86_400))
        }
        let review = Review.build(ReviewInput(people: people), now: now)
        #expect(review.insights.count >= 40)
        let oneThread = JSONValue.review(review, splittingFrom: .max), twoThreads = JSONValue.review(review, splittingFrom: 1)
        guard case .object(let fields) = twoThreads, case .written? = fields.first(where: { $0.0 == "insights" })?.1 else {
            Issue.record("the insights were not written ahead")
            return
        }
        for indent in 0...2 {
            #expect(twoThreads.rendered(indent: indent) == oneThread.rendered(indent: indent), "at indent \(indent)")
        }
        #expect(JSONValue.array([twoThreads]).rendered() == JSONValue.array([oneThread]).rendered())
    }
}
