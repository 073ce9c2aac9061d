@testable import PeerStore
import Testing

@Suite struct RowInserterTests {
    @Test func theStatementHasAPlaceForEveryValueOfEveryRow() {
        #expect(RowInserter.sql(into: "t", columns: ["a"], rows: 1) == "INSERT INTO t (a) VALUES (?)")
        #expect(
            RowInserter.sql(into: "participant", columns: ["x", "y", "z"], rows: 3)
                == "INSERT INTO participant (x, y, z) VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)")
    }
}
