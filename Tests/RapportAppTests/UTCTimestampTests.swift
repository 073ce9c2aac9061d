import Foundation
@testable import RapportApp
import Testing

@Suite struct UTCTimestampTests {
    /// Every stored time (whole milliseconds) reads as the ISO 8601 formatter writes it.
    @Test func writesWhatTheFormatterWrites() {
        var generator = SystemRandomNumberGenerator()
        var moments: [Double] = [
            0, -0.001, 0.001, 0.999, -86_400, 951_782_400, 951_868_799.999, -2_203_891_200, -2_208_988_800.5, 4_107_542_400,
            4_102_444_799.999, 1_795_532_400.123, -12_212_553_600, -12_212_553_600.001, -62_135_596_800, 253_402_300_799.999, 253_402_300_800,
        ]
        for _ in 0..<20_000 { moments.append((Double.random(in: -5e9...7e9, using: &generator) * 1000).rounded() / 1000) }
        for moment in moments {
            let date = Date(timeIntervalSince1970: moment)
            #expect(UTCTimestamp.string(from: date) == ArchiveJSON.timeFormatter.string(from: date), "\(moment)")
        }
    }
}
